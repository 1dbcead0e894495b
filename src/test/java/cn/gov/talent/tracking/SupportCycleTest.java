package cn.gov.talent.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 培养周期 arithmetic: the end of a cycle, the year of the cycle a day falls in, the yearly report's
 * window and due date, and when the final assessment may be held; counted as the Civil Code counts
 * periods, with 29 February ending on 28 February in a common year.
 */
class SupportCycleTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 10);

    private static final SupportCycle THREE_YEARS = new SupportCycle(START, 3);

    @Test
    void aThreeYearCycleEndsOnItsThirdAnniversary() {
        assertThat(THREE_YEARS.end()).isEqualTo(LocalDate.of(2030, 1, 10));
        assertThat(THREE_YEARS.anniversary(1)).isEqualTo(LocalDate.of(2028, 1, 10));
        assertThat(THREE_YEARS.anniversary(2)).isEqualTo(LocalDate.of(2029, 1, 10));
        assertThat(THREE_YEARS.anniversary(0)).isEqualTo(START);
    }

    @Test
    void aCycleFromTheTwentyNinthOfFebruaryEndsOnTheTwentyEighthInACommonYear() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        assertThat(new SupportCycle(leapDay, 3).end()).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(new SupportCycle(leapDay, 4).end()).isEqualTo(LocalDate.of(2032, 2, 29));
        assertThat(new SupportCycle(leapDay, 1).end()).isEqualTo(LocalDate.of(2029, 2, 28));
        SupportCycle threeYears = new SupportCycle(leapDay, 3);
        assertThat(threeYears.anniversary(1)).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(threeYears.yearOf(LocalDate.of(2029, 2, 28))).isEqualTo(1);
        assertThat(threeYears.yearOf(LocalDate.of(2029, 3, 1))).isEqualTo(2);
        assertThat(threeYears.yearOf(LocalDate.of(2031, 2, 28))).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}: year {1}")
    @CsvSource({
            "2027-01-09, 0",
            "2027-01-10, 0",
            "2027-01-11, 1",
            "2027-07-01, 1",
            "2028-01-10, 1",
            "2028-01-11, 2",
            "2029-01-10, 2",
            "2029-01-11, 3",
            "2030-01-10, 3",
            "2030-01-11, 3",
            "2035-06-01, 3"})
    void theYearOfTheCycleRunsFromTheDayAfterOneAnniversaryToTheNext(LocalDate day, int year) {
        assertThat(THREE_YEARS.yearOf(day)).isEqualTo(year);
    }

    @Test
    void aYearlyReportOpensAMonthBeforeTheAnniversaryAndIsDueAMonthAfter() {
        assertThat(THREE_YEARS.reportOpens(1)).isEqualTo(LocalDate.of(2027, 12, 10));
        assertThat(THREE_YEARS.reportDue(1)).isEqualTo(LocalDate.of(2028, 2, 10));
        assertThat(THREE_YEARS.reportOpens(3)).isEqualTo(LocalDate.of(2029, 12, 10));
        assertThat(THREE_YEARS.reportDue(3)).isEqualTo(LocalDate.of(2030, 2, 10));
        // months of different lengths: the last day of the shorter month
        SupportCycle fromMarch = new SupportCycle(LocalDate.of(2027, 3, 31), 3);
        assertThat(fromMarch.reportOpens(1)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(fromMarch.reportDue(1)).isEqualTo(LocalDate.of(2028, 4, 30));
        assertThat(fromMarch.reportOpens(2)).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @ParameterizedTest(name = "{0}: {1} reportable")
    @CsvSource({
            "2027-01-10, 0",
            "2027-12-09, 0",
            "2027-12-10, 1",
            "2028-01-11, 1",
            "2028-12-09, 1",
            "2028-12-10, 2",
            "2029-12-10, 3",
            "2030-01-10, 3",
            "2032-01-01, 3"})
    void theYearsWhoseWindowHasOpenedMayBeReported(LocalDate day, int years) {
        assertThat(THREE_YEARS.reportableYears(day)).isEqualTo(years);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2027-06-01, false",
            "2029-10-09, false",
            "2029-10-10, true",
            "2030-01-10, true",
            "2031-05-01, true"})
    void theFinalAssessmentMayBeHeldFromThreeMonthsBeforeTheEnd(LocalDate day, boolean ending) {
        assertThat(THREE_YEARS.endingBy(day)).isEqualTo(ending);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 10})
    void theRecordGivesBackTheCycleItWasCreatedWithEvenFromALeapDay(int years) {
        for (LocalDate start : new LocalDate[] {LocalDate.of(2028, 2, 29), START, LocalDate.of(2027, 3, 31)}) {
            TalentRecord record = new TalentRecord(1, 1, 1, 1, 2027, 1, "林晓峰", "南昌大学", 1, "/1/", "SG-2027-0001",
                    "ABCDEFGH", start, years, Instant.EPOCH);
            assertThat(record.getCycleStart()).isEqualTo(start);
            assertThat(record.getCycleEnd()).isEqualTo(new SupportCycle(start, years).end());
            assertThat(record.cycle()).isEqualTo(new SupportCycle(start, years));
        }
    }

    @Test
    void aCycleNeedsAStartAndAtLeastOneYear() {
        assertThatThrownBy(() -> new SupportCycle(null, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SupportCycle(START, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
