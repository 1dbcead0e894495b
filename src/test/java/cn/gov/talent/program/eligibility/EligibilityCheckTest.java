package cn.gov.talent.program.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class EligibilityCheckTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 12, 31);

    private static ApplicantFacts facts(LocalDate birthDate) {
        return new ApplicantFacts(birthDate, Degree.DOCTOR, null, TitleLevel.NONE, SkillLevel.NONE, List.of(),
                Set.of(), Set.of(), Set.of(), Set.of(), 0, 0);
    }

    private static ApplicantFacts withWork(LocalDate phdDate, WorkPeriod... work) {
        return new ApplicantFacts(LocalDate.of(1990, 1, 1), Degree.DOCTOR, phdDate, TitleLevel.NONE,
                SkillLevel.NONE, List.of(work), Set.of(), Set.of(), Set.of(), Set.of(), 0, 0);
    }

    private static RuleResult check(EligibilityRule rule, ApplicantFacts facts) {
        return EligibilityCheck.evaluate(rule, facts, REFERENCE);
    }

    private static String chinese(RuleResult result) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return result.describe(messages, Locale.SIMPLIFIED_CHINESE);
    }

    @ParameterizedTest(name = "born {0}: {1} years on 2026-12-31")
    @CsvSource({
            "1981-12-31, 45, PASS", // turns 45 on the reference date itself
            "1981-12-30, 45, PASS",
            "1982-01-01, 44, PASS", // turns 45 the day after
            "1980-12-31, 46, FAIL", // turned 46 on the reference date
            "1981-01-01, 45, PASS"})
    void ageIsCompletedYearsAtTheReferenceDate(LocalDate birthDate, int age, RuleOutcome outcome) {
        RuleResult result = check(EligibilityRule.of(RuleKind.MAX_AGE, 45), facts(birthDate));
        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.arguments()[0]).isEqualTo(age);
    }

    @Test
    void aLeapDayBirthdayCountsFromTheFirstOfMarchInOtherYears() {
        LocalDate leapBorn = LocalDate.of(1980, 2, 29);
        assertThat(EligibilityCheck.ageOn(leapBorn, LocalDate.of(2025, 2, 28))).isEqualTo(44);
        assertThat(EligibilityCheck.ageOn(leapBorn, LocalDate.of(2025, 3, 1))).isEqualTo(45);
        assertThat(EligibilityCheck.ageOn(leapBorn, LocalDate.of(2024, 2, 29))).isEqualTo(44);
    }

    @Test
    void theAgeFailureSaysWhyInChinese() {
        RuleResult result = check(EligibilityRule.of(RuleKind.MAX_AGE, 45), facts(LocalDate.of(1980, 6, 1)));
        assertThat(chinese(result)).isEqualTo("年龄 46 岁，超过上限 45 岁（以 2026-12-31 计）");
    }

    @Test
    void aMissingBirthDateNeedsData() {
        assertThat(check(EligibilityRule.of(RuleKind.MAX_AGE, 45), facts(null)).outcome())
                .isEqualTo(RuleOutcome.NEEDS_EVIDENCE);
    }

    @Test
    void anyOneQualificationSuffices() {
        EligibilityRule rule = EligibilityRule.of(RuleKind.MIN_QUALIFICATION,
                "DEGREE:DOCTOR,TITLE:DEPUTY_SENIOR,SKILL:TECHNICIAN");
        var master = new ApplicantFacts(null, Degree.MASTER, null, TitleLevel.INTERMEDIATE, SkillLevel.NONE,
                null, null, null, null, null, 0, 0);
        RuleResult fail = check(rule, master);
        assertThat(fail.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(chinese(fail)).contains("博士学位").contains("副高级以上职称").contains("技师以上技能等级")
                .contains("硕士");
        var professor = new ApplicantFacts(null, Degree.MASTER, null, TitleLevel.SENIOR, SkillLevel.NONE, null,
                null, null, null, null, 0, 0);
        assertThat(check(rule, professor).outcome()).isEqualTo(RuleOutcome.PASS);
        var technician = new ApplicantFacts(null, Degree.NONE, null, TitleLevel.NONE, SkillLevel.SENIOR_TECHNICIAN,
                null, null, null, null, null, 0, 0);
        assertThat(check(rule, technician).outcome()).isEqualTo(RuleOutcome.PASS);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} months")
    @CsvSource({
            "2020-01-01, 2020-12-31, 12",
            "2020-01-15, 2023-01-14, 36",
            "2020-01-15, 2023-01-13, 35",
            "2020-01-31, 2020-02-29, 1",
            "2020-03-01, 2020-02-28, 0"})
    void monthsAreCompletedCalendarMonthsWithTheLastDayIncluded(LocalDate start, LocalDate end, long months) {
        assertThat(EligibilityCheck.monthsBetween(start, end)).isEqualTo(months);
    }

    @Test
    void overseasWorkAfterThePhdMustBeContinuous() {
        EligibilityRule rule = EligibilityRule.of(RuleKind.MIN_OVERSEAS_MONTHS_AFTER_PHD, 36);
        LocalDate phd = LocalDate.of(2019, 7, 1);
        // 2019-07 .. 2022-06 in the US then Germany, touching: 36 months together
        RuleResult joined = check(rule, withWork(phd,
                new WorkPeriod("US", LocalDate.of(2018, 9, 1), LocalDate.of(2020, 12, 31), true),
                new WorkPeriod("DE", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30), true)));
        assertThat(joined.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(joined.arguments()[0]).isEqualTo(36L);
        // a year at home in between breaks the run
        RuleResult broken = check(rule, withWork(phd,
                new WorkPeriod("US", LocalDate.of(2019, 7, 1), LocalDate.of(2021, 6, 30), true),
                new WorkPeriod("CN", LocalDate.of(2021, 7, 1), LocalDate.of(2022, 6, 30), true),
                new WorkPeriod("US", LocalDate.of(2022, 7, 1), LocalDate.of(2023, 6, 30), true)));
        assertThat(broken.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(broken.arguments()[0]).isEqualTo(24L);
        assertThat(chinese(broken)).contains("24").contains("36");
        // work before the doctorate does not count; a still-running post counts up to the reference date
        RuleResult ongoing = check(rule, withWork(LocalDate.of(2024, 1, 1),
                new WorkPeriod("JP", LocalDate.of(2015, 1, 1), null, true)));
        assertThat(ongoing.arguments()[0]).isEqualTo(36L);
        assertThat(check(rule, withWork(null)).outcome()).isEqualTo(RuleOutcome.NEEDS_EVIDENCE);
    }

    @Test
    void fullTimeWorkInChinaIsCapped() {
        EligibilityRule rule = EligibilityRule.of(RuleKind.MAX_MONTHS_IN_CHINA, 12);
        assertThat(check(rule, withWork(null,
                new WorkPeriod("CN", LocalDate.of(2026, 1, 1), null, true))).outcome()).isEqualTo(RuleOutcome.PASS);
        RuleResult tooLong = check(rule, withWork(null,
                new WorkPeriod("CN", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), true),
                new WorkPeriod("CN", LocalDate.of(2025, 6, 1), null, true),
                new WorkPeriod("CN", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31), false)));
        assertThat(tooLong.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(tooLong.arguments()[0]).isEqualTo(25L);
    }

    @Test
    void requiredDocumentsAcceptAlternatives() {
        EligibilityRule rule = EligibilityRule.of(RuleKind.REQUIRED_DOCUMENTS, "WORK_CONTRACT|INTENT_LETTER,PHD_DIPLOMA");
        var withLetter = new ApplicantFacts(null, null, null, null, null, null, Set.of("INTENT_LETTER", "PHD_DIPLOMA"),
                null, null, null, 0, 0);
        assertThat(check(rule, withLetter).outcome()).isEqualTo(RuleOutcome.PASS);
        var without = new ApplicantFacts(null, null, null, null, null, null, Set.of("PHD_DIPLOMA"), null, null,
                null, 0, 0);
        RuleResult missing = check(rule, without);
        assertThat(missing.outcome()).isEqualTo(RuleOutcome.NEEDS_EVIDENCE);
        assertThat(chinese(missing)).contains("工作合同或意向性协议");
    }

    @Test
    void anAchievementNeedsItsEvidence() {
        EligibilityRule rule = EligibilityRule.of(RuleKind.ACHIEVEMENT_ANY_OF, "PROVINCIAL_PROJECT_LEAD,PROVINCIAL_SCI_AWARD");
        var proven = new ApplicantFacts(null, null, null, null, null, null, null, Set.of("PROVINCIAL_SCI_AWARD"),
                null, null, 0, 0);
        assertThat(check(rule, proven).outcome()).isEqualTo(RuleOutcome.PASS);
        var claimed = new ApplicantFacts(null, null, null, null, null, null, null, null,
                Set.of("PROVINCIAL_PROJECT_LEAD"), null, 0, 0);
        assertThat(check(rule, claimed).outcome()).isEqualTo(RuleOutcome.NEEDS_EVIDENCE);
        var none = new ApplicantFacts(null, null, null, null, null, null, null, Set.of("OTHER"), null, null, 0, 0);
        assertThat(check(rule, none).outcome()).isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void excludedTitlesAttemptsAndOneApplicationAYear() {
        EligibilityRule exclusions = EligibilityRule.of(RuleKind.EXCLUSIONS, "NATIONAL_TALENT,SHUANGQIAN");
        var holder = new ApplicantFacts(null, null, null, null, null, null, null, null, null, Set.of("SHUANGQIAN"),
                0, 0);
        assertThat(check(exclusions, holder).outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(chinese(check(exclusions, holder))).contains("省“双千计划”");
        assertThat(check(exclusions, facts(null)).outcome()).isEqualTo(RuleOutcome.PASS);

        EligibilityRule attempts = EligibilityRule.of(RuleKind.ATTEMPT_LIMIT, 2);
        var once = new ApplicantFacts(null, null, null, null, null, null, null, null, null, null, 1, 0);
        var twice = new ApplicantFacts(null, null, null, null, null, null, null, null, null, null, 2, 0);
        assertThat(check(attempts, once).outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(check(attempts, twice).outcome()).isEqualTo(RuleOutcome.FAIL);

        EligibilityRule onePerYear = new EligibilityRule(RuleKind.ONE_APPLICATION_PER_YEAR, null, null);
        var elsewhere = new ApplicantFacts(null, null, null, null, null, null, null, null, null, null, 0, 1);
        assertThat(check(onePerYear, elsewhere).outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(check(onePerYear, facts(null)).outcome()).isEqualTo(RuleOutcome.PASS);
    }

    @Test
    void theReportFollowsTheRulesOrderAndPassesOnlyWhenAllPass() {
        var rules = List.of(EligibilityRule.of(RuleKind.MAX_AGE, 45).forCategory(1, 1),
                EligibilityRule.of(RuleKind.MIN_QUALIFICATION, "DEGREE:DOCTOR").forCategory(1, 0));
        EligibilityReport report = EligibilityCheck.evaluate(rules, facts(LocalDate.of(1990, 1, 1)), REFERENCE);
        assertThat(report.results()).extracting(RuleResult::kind)
                .containsExactly(RuleKind.MIN_QUALIFICATION, RuleKind.MAX_AGE);
        assertThat(report.allPassed()).isTrue();
        EligibilityReport old = EligibilityCheck.evaluate(rules, facts(LocalDate.of(1970, 1, 1)), REFERENCE);
        assertThat(old.allPassed()).isFalse();
        assertThat(old.unmet()).extracting(RuleResult::kind).containsExactly(RuleKind.MAX_AGE);
    }

    @Test
    void anExceptionRelaxesTheRowsMarkedRelaxableByDefaultAgeAndQualification() {
        var rules = List.of(EligibilityRule.of(RuleKind.MAX_AGE, 45),
                EligibilityRule.of(RuleKind.MIN_QUALIFICATION, "DEGREE:DOCTOR"),
                new EligibilityRule(RuleKind.ONE_APPLICATION_PER_YEAR, null, null));
        var oldMaster = new ApplicantFacts(LocalDate.of(1970, 1, 1), Degree.MASTER, null, null, null, null, null,
                null, null, null, 0, 0);
        assertThat(EligibilityCheck.evaluate(rules, oldMaster, REFERENCE).onlyRelaxableUnmet()).isTrue();
        var appliedElsewhere = new ApplicantFacts(LocalDate.of(1970, 1, 1), Degree.DOCTOR, null, null, null, null,
                null, null, null, null, 0, 1);
        assertThat(EligibilityCheck.evaluate(rules, appliedElsewhere, REFERENCE).onlyRelaxableUnmet()).isFalse();
    }
}
