package cn.gov.talent.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import cn.gov.talent.calendar.WorkingDays;

/**
 * When a rule speaks about one deadline, in working days of the calendar: pure, so a table of dates tests it.
 *
 * <p>A reminder {@code n} working days before is due on the nth working day counted back from the deadline (1:
 * the last working day before it; 0: the deadline itself). An escalation {@code m} working days after is due on
 * the mth working day after the deadline (1: the first). On a given day the rule speaks at most once: the latest
 * stage whose day has come, if that day is no more than {@code catchUpDays} calendar days ago, and a reminder only
 * up to the deadline. So a day the job did not run is caught up the next time, without sending every stage it
 * missed, and a deadline long past is not escalated months later.
 */
final class ReminderDates {

    /** What is due on a day: a reminder so many working days before, or the escalation; with the day it fell on. */
    record Stage(String code, boolean escalation, LocalDate on) {

        static final String ESCALATE = "ESCALATE";

        static Stage before(int workingDays, LocalDate on) {
            return new Stage("BEFORE_" + workingDays, false, on);
        }

        static Stage escalate(LocalDate on) {
            return new Stage(ESCALATE, true, on);
        }
    }

    private ReminderDates() {
    }

    /** The stage of the rule due {@code today} for a deadline, if any. */
    static Optional<Stage> stageOn(LocalDate today, LocalDate deadline, List<Integer> before, int escalateAfter,
            int catchUpDays, WorkingDays days) {
        if (today.isAfter(deadline)) {
            if (escalateAfter < 1) {
                return Optional.empty();
            }
            LocalDate on = workingDaysAfter(deadline, escalateAfter, days);
            return recent(on, today, catchUpDays) ? Optional.of(Stage.escalate(on)) : Optional.empty();
        }
        Stage latest = null;
        for (int n : before.stream().distinct().toList()) {
            LocalDate on = workingDaysBefore(deadline, n, days);
            if (!on.isAfter(today) && (latest == null || on.isAfter(latest.on()))) {
                latest = Stage.before(n, on);
            }
        }
        return latest != null && recent(latest.on(), today, catchUpDays) ? Optional.of(latest) : Optional.empty();
    }

    /** The nth working day counted back from {@code deadline}; the deadline itself for 0. */
    static LocalDate workingDaysBefore(LocalDate deadline, int n, WorkingDays days) {
        LocalDate day = deadline;
        for (int i = 0; i < n; i++) {
            day = days.previousWorkingDay(day);
        }
        return day;
    }

    /** The nth working day after {@code deadline} (n at least 1). */
    static LocalDate workingDaysAfter(LocalDate deadline, int n, WorkingDays days) {
        LocalDate day = deadline;
        for (int i = 0; i < n; i++) {
            day = days.nextWorkingDay(day);
        }
        return day;
    }

    private static boolean recent(LocalDate on, LocalDate today, int catchUpDays) {
        return !on.isAfter(today) && ChronoUnit.DAYS.between(on, today) <= catchUpDays;
    }
}
