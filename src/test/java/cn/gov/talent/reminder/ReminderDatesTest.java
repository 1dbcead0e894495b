package cn.gov.talent.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.talent.calendar.WorkingDays;

/**
 * When a rule of 3 and 1 working days before, escalated on the first working day after, speaks, on the 2026
 * State Council holiday arrangements (and 元旦 2027) as the calendar keeps them: weekends, holidays, adjusted
 * working days, and a missed day caught up for a week.
 */
class ReminderDatesTest {

    /** 国务院办公厅关于2026年部分节假日安排的通知, plus 元旦 2027 as three days off. */
    private static final WorkingDays CALENDAR = WorkingDays.of(holidays(), List.of(LocalDate.parse("2026-01-04"),
            LocalDate.parse("2026-02-14"), LocalDate.parse("2026-02-28"), LocalDate.parse("2026-05-09"),
            LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-10")));

    private static final List<Integer> BEFORE = List.of(3, 1);

    private static List<LocalDate> holidays() {
        String[][] ranges = {{"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
                {"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
                {"2026-10-01", "2026-10-07"}, {"2027-01-01", "2027-01-03"}};
        List<LocalDate> days = new ArrayList<>();
        for (String[] range : ranges) {
            for (LocalDate day = LocalDate.parse(range[0]); !day.isAfter(LocalDate.parse(range[1]));
                    day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    @ParameterizedTest(name = "{4}: deadline {1}, on {0}: {2} (day {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-09-28 | 2026-10-09 | -        | -          | 国庆: four working days before, nothing yet
            2026-09-29 | 2026-10-09 | BEFORE_3 | 2026-09-29 | 国庆: three working days before a Friday, counted over the holiday
            2026-09-30 | 2026-10-09 | BEFORE_3 | 2026-09-29 | between two stages the earlier stands (sent once: its key is taken)
            2026-10-05 | 2026-10-09 | BEFORE_3 | 2026-09-29 | during the holiday, still the earlier stage
            2026-10-08 | 2026-10-09 | BEFORE_1 | 2026-10-08 | the last working day before, the first day back
            2026-10-09 | 2026-10-09 | BEFORE_1 | 2026-10-08 | on the deadline, the last stage (already sent)
            2026-10-10 | 2026-10-09 | ESCALATE | 2026-10-10 | the adjusted Saturday is the first working day after
            2026-10-12 | 2026-10-09 | ESCALATE | 2026-10-10 | a run missed on the Saturday is caught up on Monday
            2026-10-17 | 2026-10-09 | ESCALATE | 2026-10-10 | caught up for seven days
            2026-10-18 | 2026-10-09 | -        | -          | then dropped: no escalation weeks late
            2026-03-10 | 2026-03-16 | -        | -          | a Monday deadline: too early on the Tuesday before
            2026-03-11 | 2026-03-16 | BEFORE_3 | 2026-03-11 | three working days before a Monday is the Wednesday
            2026-03-13 | 2026-03-16 | BEFORE_1 | 2026-03-13 | one working day before a Monday is the Friday
            2026-03-14 | 2026-03-16 | BEFORE_1 | 2026-03-13 | on the Saturday, still the Friday's stage
            2026-03-16 | 2026-03-16 | BEFORE_1 | 2026-03-13 | on the deadline
            2026-03-17 | 2026-03-16 | ESCALATE | 2026-03-17 | the next working day
            2026-03-20 | 2026-03-22 | BEFORE_1 | 2026-03-20 | a deadline on a Sunday: the Friday before is one working day before
            2026-03-18 | 2026-03-22 | BEFORE_3 | 2026-03-18 | and the Wednesday three
            2026-03-22 | 2026-03-22 | BEFORE_1 | 2026-03-20 | on the Sunday itself
            2026-03-23 | 2026-03-22 | ESCALATE | 2026-03-23 | the Monday after
            2026-02-12 | 2026-02-24 | BEFORE_3 | 2026-02-12 | 春节: the day back is the deadline; three working days before is the Thursday
            2026-02-14 | 2026-02-24 | BEFORE_1 | 2026-02-14 | 春节: the adjusted Saturday before the holiday is one working day before
            2026-02-20 | 2026-02-24 | BEFORE_1 | 2026-02-14 | 春节: caught up six days later
            2026-02-22 | 2026-02-24 | -        | -          | 春节: eight days after the stage, dropped
            2026-02-25 | 2026-02-24 | ESCALATE | 2026-02-25 | 春节: the day after the first day back
            2026-12-29 | 2027-01-04 | BEFORE_3 | 2026-12-29 | 元旦 2027: three working days before the Monday back is the Tuesday
            2026-12-31 | 2027-01-04 | BEFORE_1 | 2026-12-31 | 元旦 2027: one working day before is the Thursday
            2027-01-02 | 2027-01-04 | BEFORE_1 | 2026-12-31 | 元旦 2027: during the holiday
            2027-01-05 | 2027-01-04 | ESCALATE | 2027-01-05 | 元旦 2027: the Tuesday after
            """)
    void theStageDueOnADay(LocalDate today, LocalDate deadline, String stage, LocalDate on, String why) {
        Optional<ReminderDates.Stage> due = ReminderDates.stageOn(today, deadline, BEFORE, 1, 7, CALENDAR);

        assertThat(due.map(ReminderDates.Stage::code).orElse(null)).as(why).isEqualTo(stage);
        assertThat(due.map(ReminderDates.Stage::on).orElse(null)).as(why).isEqualTo(on);
        assertThat(due.map(ReminderDates.Stage::escalation).orElse(false)).as(why)
                .isEqualTo("ESCALATE".equals(stage));
    }

    @Test
    void theStagesFallOnWorkingDays() {
        for (LocalDate deadline = LocalDate.of(2026, 1, 5); deadline.isBefore(LocalDate.of(2026, 12, 20));
                deadline = deadline.plusDays(1)) {
            for (int n = 1; n <= 10; n++) {
                LocalDate before = ReminderDates.workingDaysBefore(deadline, n, CALENDAR);
                assertThat(CALENDAR.isWorkingDay(before)).as("%d before %s", n, deadline).isTrue();
                assertThat(CALENDAR.workingDaysBetween(before, deadline.minusDays(1))).as("%d before %s", n, deadline)
                        .isEqualTo(n);
                LocalDate after = ReminderDates.workingDaysAfter(deadline, n, CALENDAR);
                assertThat(CALENDAR.isWorkingDay(after)).isTrue();
                assertThat(CALENDAR.workingDaysBetween(deadline.plusDays(1), after)).as("%d after %s", n, deadline)
                        .isEqualTo(n);
            }
        }
    }

    @Test
    void aRuleWithoutEscalationIsSilentAfterTheDeadline() {
        assertThat(ReminderDates.stageOn(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 16), BEFORE, 0, 7,
                CALENDAR)).isEmpty();
    }

    @Test
    void aReminderOnTheDeadlineItselfIsZeroWorkingDaysBefore() {
        assertThat(ReminderDates.stageOn(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 16), List.of(3, 1, 0), 1,
                7, CALENDAR)).map(ReminderDates.Stage::code).contains("BEFORE_0");
    }

    @Test
    void withoutCatchUpOnlyTheStagesOwnDayCounts() {
        assertThat(ReminderDates.stageOn(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 16), BEFORE, 1, 0,
                CALENDAR)).isEmpty();
        assertThat(ReminderDates.stageOn(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 16), BEFORE, 1, 0,
                CALENDAR)).map(ReminderDates.Stage::code).contains("BEFORE_1");
    }
}
