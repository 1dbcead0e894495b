package cn.gov.talent.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date in a piece of work on the home page (a deadline of a batch's timetable, a review round's, an
 * objection's), with the days left from today and what is still outstanding for it. A date past with
 * something outstanding is overdue; a date past with nothing outstanding no longer matters.
 *
 * @param messageKey what is due, as a message key without arguments
 * @param date the day it is due (the last day allowed)
 * @param daysLeft days from today to the date: 0 today, negative once past
 * @param outstandingKey what is outstanding, as a message key taking the count as argument 0 (null: nothing is
 *        counted, the date is for information)
 * @param outstanding how many are outstanding
 * @param link where the outstanding work is dealt with
 */
public record Milestone(String messageKey, LocalDate date, long daysLeft, String outstandingKey, long outstanding,
        String link) {

    /** A date with the work outstanding for it, counted from {@code today}. */
    public static Milestone of(String messageKey, LocalDate date, LocalDate today, String outstandingKey,
            long outstanding, String link) {
        return new Milestone(messageKey, date, ChronoUnit.DAYS.between(today, date), outstandingKey, outstanding,
                link);
    }

    /** A date for information only: nothing is counted against it. */
    public static Milestone info(String messageKey, LocalDate date, LocalDate today, String link) {
        return of(messageKey, date, today, null, 0, link);
    }

    /** Past, with something still outstanding. */
    public boolean isOverdue() {
        return daysLeft < 0 && outstanding > 0;
    }

    /** Today or later. */
    public boolean isAhead() {
        return daysLeft >= 0;
    }

    /** How many days it is overdue (0 when it is not). */
    public long daysOverdue() {
        return isOverdue() ? -daysLeft : 0;
    }
}
