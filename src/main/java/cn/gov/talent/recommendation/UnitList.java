package cn.gov.talent.recommendation;

import java.time.LocalDate;

/**
 * One recommending unit's part in one batch: its places (null: none given) and those used, and how far its list
 * (推荐名单) is: begun (the unit acted on it, or the office extended its deadline), the evaluation recorded, the
 * local notice confirmed, forwarded on a day, the deadline extended.
 */
public record UnitList(long batchId, Integer places, int used, boolean begun, boolean evaluated,
        boolean noticeConfirmed, LocalDate forwardedOn, LocalDate deadlineExtendedTo) {

    public boolean isForwarded() {
        return forwardedOn != null;
    }
}
