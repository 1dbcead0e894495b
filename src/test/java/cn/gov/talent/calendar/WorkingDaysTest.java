package cn.gov.talent.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Working-day arithmetic over the 2026 State Council holiday arrangements and 元旦 2027. */
class WorkingDaysTest {

    private static final WorkingDays CALENDAR = new WorkingDays(official2026());

    /** 国务院办公厅关于2026年部分节假日安排的通知, plus 元旦 2027 as three days off. */
    private static Map<LocalDate, DayKind> official2026() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        String[][] holidays = {{"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
                {"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
                {"2026-10-01", "2026-10-07"}, {"2027-01-01", "2027-01-03"}};
        for (String[] range : holidays) {
            for (LocalDate day = LocalDate.parse(range[0]); !day.isAfter(LocalDate.parse(range[1])); day = day.plusDays(1)) {
                days.put(day, DayKind.HOLIDAY);
            }
        }
        for (String worked : new String[] {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20",
                "2026-10-10"}) {
            days.put(LocalDate.parse(worked), DayKind.WORKDAY);
        }
        return days;
    }

    @ParameterizedTest(name = "{3}: {1} working days from {0} end on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02 | 5 | 2026-03-06 | a plain week, Monday to Friday
            2026-03-04 | 5 | 2026-03-10 | over a weekend
            2026-03-06 | 1 | 2026-03-06 | one working day starting on a working day is that day
            2026-03-07 | 1 | 2026-03-09 | one working day starting on a Saturday is the Monday
            2026-03-07 | 5 | 2026-03-13 | a start on a weekend counts from the Monday
            2026-09-28 | 5 | 2026-10-09 | 国庆: three days before the holiday, two after
            2026-09-28 | 6 | 2026-10-10 | 国庆: the adjusted Saturday 10-10 is the sixth working day
            2026-09-29 | 5 | 2026-10-10 | 国庆: a notice from Tuesday ends on the adjusted Saturday
            2026-09-28 | 7 | 2026-10-12 | 国庆: a seven-day notice (002) ends on the Monday
            2026-10-01 | 5 | 2026-10-13 | a start on a holiday counts from the first day back
            2026-10-10 | 1 | 2026-10-10 | an adjusted Saturday is a working day of its own
            2026-09-18 | 2 | 2026-09-20 | the adjusted Sunday 09-20 counts
            2026-01-02 | 1 | 2026-01-04 | 元旦: the adjusted Sunday 01-04 is the first day back
            2026-02-13 | 2 | 2026-02-14 | 春节: the adjusted Saturday before the holiday counts
            2026-02-13 | 3 | 2026-02-24 | 春节: then nine days off
            2026-02-27 | 2 | 2026-02-28 | 春节: the adjusted Saturday after the holiday counts
            2026-04-03 | 2 | 2026-04-07 | 清明 from Saturday to Monday
            2026-04-30 | 3 | 2026-05-07 | 劳动节: five days off
            2026-12-28 | 5 | 2027-01-04 | year end: 元旦 2027 (Friday to Sunday) is passed over
            2026-12-28 | 6 | 2027-01-05 | year end: one day more
            2026-12-31 | 2 | 2027-01-04 | year end: from the last day of the year
            """)
    void endOfPeriod(LocalDate start, int workingDays, LocalDate end, String why) {
        assertThat(CALENDAR.endOfPeriod(start, workingDays)).as(why).isEqualTo(end);
        assertThat(CALENDAR.isWorkingDay(end)).as("the last day is a working day").isTrue();
        assertThat(CALENDAR.workingDaysBetween(start, end)).as("the period holds exactly n working days")
                .isEqualTo(workingDays);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-09 | true  | a plain Monday
            2026-03-07 | false | a plain Saturday
            2026-03-08 | false | a plain Sunday
            2026-10-01 | false | 国庆节 on a Thursday
            2026-10-05 | false | 国庆节 on a Monday
            2026-10-08 | true  | the first day back
            2026-10-10 | true  | the adjusted Saturday
            2026-10-11 | false | the Sunday after it
            2026-09-20 | true  | the adjusted Sunday
            2026-01-04 | true  | 元旦's adjusted Sunday
            2027-01-01 | false | 元旦 2027
            2027-01-04 | true  | the Monday after 元旦 2027
            """)
    void isWorkingDay(LocalDate day, boolean working, String why) {
        assertThat(CALENDAR.isWorkingDay(day)).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "the working day after {0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-05 | 2026-03-06
            2026-03-06 | 2026-03-09
            2026-09-30 | 2026-10-08
            2026-10-09 | 2026-10-10
            2026-10-10 | 2026-10-12
            2026-12-31 | 2027-01-04
            """)
    void nextWorkingDay(LocalDate day, LocalDate next) {
        assertThat(CALENDAR.nextWorkingDay(day)).isEqualTo(next);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} working days")
    @CsvSource(delimiter = '|', textBlock = """
            2026-10-01 | 2026-10-07 | 0
            2026-09-28 | 2026-10-12 | 7
            2026-03-02 | 2026-03-08 | 5
            2026-03-07 | 2026-03-07 | 0
            2026-03-09 | 2026-03-09 | 1
            2026-10-12 | 2026-10-09 | 0
            2026-02-14 | 2026-02-28 | 6
            """)
    void workingDaysBetween(LocalDate from, LocalDate to, int count) {
        assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo(count);
    }

    @Test
    void twentyTwentySixHas248WorkingDays() {
        // 365 days, 104 of them weekend days, 13 statutory holidays (since 2025): 248, as the notice implies;
        // counted a second way too: every weekday that is not a holiday, plus the six adjusted days
        int expected = 0;
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            DayKind kind = official2026().get(day);
            if (kind == DayKind.WORKDAY || (!weekend && kind != DayKind.HOLIDAY)) {
                expected++;
            }
        }
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo(expected).isEqualTo(248);
    }

    @Test
    void endOfPeriodAndWorkingDaysBetweenAgreeEverywhere() {
        for (LocalDate start = LocalDate.of(2026, 1, 1); start.isBefore(LocalDate.of(2027, 1, 15));
                start = start.plusDays(1)) {
            for (int n = 1; n <= 12; n++) {
                LocalDate end = CALENDAR.endOfPeriod(start, n);
                assertThat(CALENDAR.isWorkingDay(end)).as("%s + %d", start, n).isTrue();
                assertThat(CALENDAR.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
                assertThat(CALENDAR.workingDaysBetween(start, end.minusDays(1))).as("%s + %d", start, n)
                        .isEqualTo(n - 1);
                assertThat(CALENDAR.endOfPeriod(start, n + 1)).isEqualTo(CALENDAR.nextWorkingDay(end));
            }
        }
    }

    @Test
    void theAdjustedWorkingDaysOfTheNoticeAreWeekendsAndTheDatesAreTheWeekdaysItNames() {
        official2026().forEach((day, kind) -> {
            if (kind == DayKind.WORKDAY) {
                assertThat(day.getDayOfWeek()).as(day.toString()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
        });
        assertThat(LocalDate.of(2026, 9, 28).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(LocalDate.of(2026, 10, 10).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(LocalDate.of(2026, 12, 28).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(LocalDate.of(2027, 1, 4).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aPeriodOfLessThanOneWorkingDayIsRefused(int workingDays) {
        assertThatThrownBy(() -> CALENDAR.endOfPeriod(LocalDate.of(2026, 9, 28), workingDays))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutExceptionsOnlyWeekendsRest() {
        var plain = new WorkingDays(Map.of());
        assertThat(plain.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(plain.endOfPeriod(LocalDate.of(2026, 9, 28), 5)).isEqualTo(LocalDate.of(2026, 10, 2));
    }
}
