package cn.gov.talent.tracking;

import java.time.LocalDate;

/**
 * 培养周期: the support cycle of a talent record, from the day its list was published, for the
 * category's number of years. Counted as the Civil Code counts periods (民法典 arts. 201–202): the
 * first day is not counted, and the period ends on the corresponding day of its last year, or on the
 * last day of that month when there is none (a cycle from 29 February ends on 28 February).
 * Year {@code k} of the cycle runs from the day after the (k-1)th anniversary to the kth anniversary.
 */
public record SupportCycle(LocalDate start, int years) {

    /** How long before a cycle year's end its yearly report may be submitted. */
    static final int REPORT_OPENS_MONTHS_BEFORE = 1;

    /** How long after a cycle year's end its yearly report is due. */
    static final int REPORT_DUE_MONTHS_AFTER = 1;

    /** How long before the cycle's end the final assessment may be held. */
    static final int FINAL_ASSESSMENT_MONTHS_BEFORE = 3;

    public SupportCycle {
        if (start == null || years < 1) {
            throw new IllegalArgumentException("A cycle needs a start and at least one year");
        }
    }

    /** The last day of the cycle. */
    public LocalDate end() {
        return anniversary(years);
    }

    /** The end of the cycle's year {@code k} (its kth anniversary). */
    public LocalDate anniversary(int k) {
        return start.plusYears(k);
    }

    /** The year of the cycle a day falls in: 0 before it starts, {@link #years} from its last year on. */
    public int yearOf(LocalDate day) {
        if (!day.isAfter(start)) {
            return 0;
        }
        int k = 1;
        while (k < years && day.isAfter(anniversary(k))) {
            k++;
        }
        return k;
    }

    /** The first day the yearly report of year {@code k} may be submitted. */
    public LocalDate reportOpens(int k) {
        return anniversary(k).minusMonths(REPORT_OPENS_MONTHS_BEFORE);
    }

    /** The day the yearly report of year {@code k} is due. */
    public LocalDate reportDue(int k) {
        return anniversary(k).plusMonths(REPORT_DUE_MONTHS_AFTER);
    }

    /** The years whose report may be submitted by this day (their window has opened). */
    public int reportableYears(LocalDate day) {
        int k = 0;
        while (k < years && !day.isBefore(reportOpens(k + 1))) {
            k++;
        }
        return k;
    }

    /** Whether the final assessment may be held on this day: in the cycle's last months or after it. */
    public boolean endingBy(LocalDate day) {
        return !day.isBefore(end().minusMonths(FINAL_ASSESSMENT_MONTHS_BEFORE));
    }
}
