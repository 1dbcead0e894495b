package cn.gov.talent.recommendation;

import java.time.LocalDate;

/** One line of the office's dashboard: a recommending unit's quota, nominations and forwarding. */
record UnitProgress(long unitId, String unitName, Integer places, int used, boolean forwarded,
        LocalDate deadline, boolean extended, boolean overdue) {
}
