package cn.gov.talent.review;

import java.util.Map;

/** A stored draw run again: what it gave then, what it gives now, and whether they are the same. */
record Rerun(DrawRecord record, DrawInputs inputs, ExpertDraw.Result stored, ExpertDraw.Result now,
        Map<Long, String> expertNames) {

    public boolean isSame() {
        return stored.equals(now);
    }
}
