package cn.gov.talent.application;

import java.util.List;

/**
 * One line of the selection funnel (遴选漏斗): how many applications of a group reached each stage, from
 * applied to selected. {@code dimension} says what the group is: {@code TOTAL} (one line), {@code BATCH} (key
 * {@code programId:year}), {@code UNIT} (key the path of the unit rolled up to; null for applications under
 * none of them) or {@code CATEGORY} (key the category id).
 */
public record FunnelCounts(String dimension, String key, long applied, long submitted, long endorsed, long nominated,
        long qualified, long reviewed, long proposed, long selected) {

    /** The stages in order, as their message keys name them ({@code statistics.stage.*}). */
    public static final List<String> STAGES = List.of("APPLIED", "SUBMITTED", "ENDORSED", "NOMINATED", "QUALIFIED",
            "REVIEWED", "PROPOSED", "SELECTED");

    /** The counts in the order of {@link #STAGES}. */
    public List<Long> counts() {
        return List.of(applied, submitted, endorsed, nominated, qualified, reviewed, proposed, selected);
    }
}
