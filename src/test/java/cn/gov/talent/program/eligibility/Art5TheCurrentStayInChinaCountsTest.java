package cn.gov.talent.program.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * 002 arts. 5, 8, 12: "not more than one year working full-time in China" is the current stay since
 * returning, not the sum of every period in China over a career.
 */
class Art5TheCurrentStayInChinaCountsTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 12, 31);

    private static final EligibilityRule ONE_YEAR = EligibilityRule.of(RuleKind.MAX_MONTHS_IN_CHINA, 12);

    private static RuleResult check(WorkPeriod... work) {
        var facts = new ApplicantFacts(LocalDate.of(1988, 1, 1), Degree.DOCTOR, LocalDate.of(2014, 6, 30),
                TitleLevel.NONE, SkillLevel.NONE, List.of(work), Set.of(), Set.of(), Set.of(), Set.of(), 0, 0);
        return EligibilityCheck.evaluate(ONE_YEAR, facts, REFERENCE);
    }

    @Test
    void yearsInChinaBeforeGoingAbroadDoNotCount() {
        RuleResult result = check(new WorkPeriod("CN", LocalDate.of(2014, 7, 1), LocalDate.of(2018, 6, 30), true),
                new WorkPeriod("US", LocalDate.of(2018, 7, 1), LocalDate.of(2026, 4, 30), true),
                new WorkPeriod("CN", LocalDate.of(2026, 5, 1), null, true));
        assertThat(result.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(result.arguments()[0]).isEqualTo(8L);
    }

    @Test
    void theCurrentStayOverAYearFails() {
        RuleResult result = check(new WorkPeriod("DE", LocalDate.of(2016, 1, 1), LocalDate.of(2024, 12, 31), true),
                new WorkPeriod("CN", LocalDate.of(2025, 1, 1), null, true));
        assertThat(result.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(result.arguments()[0]).isEqualTo(24L);
    }

    @Test
    void someoneAbroadNowCountsNoneAndAPeriodOverlappingTheReturnCountsFromTheReturn() {
        assertThat(check(new WorkPeriod("CN", LocalDate.of(2014, 7, 1), LocalDate.of(2020, 6, 30), true),
                new WorkPeriod("JP", LocalDate.of(2020, 7, 1), null, true)).arguments()[0]).isEqualTo(0L);
        RuleResult overlapping = check(new WorkPeriod("CN", LocalDate.of(2026, 1, 1), null, true),
                new WorkPeriod("GB", LocalDate.of(2019, 1, 1), LocalDate.of(2026, 6, 30), true));
        assertThat(overlapping.arguments()[0]).isEqualTo(6L);
    }
}
