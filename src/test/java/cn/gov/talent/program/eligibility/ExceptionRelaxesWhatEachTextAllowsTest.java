package cn.gov.talent.program.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * 特别优秀者可适当放宽: what a granted exception may relax is each rule row's own setting, because the
 * texts differ by category (issue 14, contradiction 4). Submission with an exception request is possible
 * only when every unmet rule is one its row lets an exception relax.
 */
class ExceptionRelaxesWhatEachTextAllowsTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 12, 31);

    private static ApplicantFacts aged(int age, Degree degree, int attempts) {
        return new ApplicantFacts(REFERENCE.minusYears(age), degree, null, TitleLevel.NONE, SkillLevel.NONE,
                List.of(), Set.of(), Set.of(), Set.of(), Set.of(), attempts, 0);
    }

    private static EligibilityReport check(List<EligibilityRule> rules, ApplicantFacts facts) {
        return EligibilityCheck.evaluate(rules, facts, REFERENCE);
    }

    @Test
    void art7_anEntrepreneurMayBeOlderButNotWithoutADegreeAbroad() {
        // 002 art. 7: 特别优秀的可适当放宽年龄要求 — only the age
        List<EligibilityRule> entrepreneur = List.of(EligibilityRule.of(RuleKind.MAX_AGE, 55).relaxable(true),
                EligibilityRule.of(RuleKind.DECLARED_CONDITIONS, "DEGREE_ABROAD").relaxable(false));
        var older = new ApplicantFacts(REFERENCE.minusYears(58), Degree.DOCTOR, null, null, null, null,
                Set.of("DEGREE_ABROAD"), null, null, null, 0, 0, null, Set.of("DEGREE_ABROAD"), null, null);
        assertThat(check(entrepreneur, older).allPassed()).isFalse();
        assertThat(check(entrepreneur, older).onlyRelaxableUnmet()).isTrue();

        var noDegreeAbroad = aged(50, Degree.DOCTOR, 0);
        assertThat(check(entrepreneur, noDegreeAbroad).onlyRelaxableUnmet()).isFalse();
    }

    @Test
    void art8_theYouthProgramRelaxesTheOverseasYearsNotTheAge() {
        // 002 art. 8: 在海外取得博士学位、业绩特别突出…可适当放宽工作年限要求; the age of 40 stands
        List<EligibilityRule> youth = List.of(EligibilityRule.of(RuleKind.MAX_AGE, 40).relaxable(false),
                EligibilityRule.of(RuleKind.MIN_OVERSEAS_MONTHS_AFTER_PHD, 36).relaxable(true));
        var shortAbroad = new ApplicantFacts(REFERENCE.minusYears(35), Degree.DOCTOR, LocalDate.of(2024, 7, 1),
                null, null, List.of(new WorkPeriod("US", LocalDate.of(2024, 8, 1), null, true)), null, null, null,
                null, 0, 0);
        assertThat(check(youth, shortAbroad).onlyRelaxableUnmet()).isTrue();
        assertThat(check(youth, aged(41, Degree.DOCTOR, 0)).onlyRelaxableUnmet()).isFalse();
    }

    @Test
    void art13_aThirdAttemptMayFollowAMajorBreakthrough() {
        // 002 art. 13: 除研究成果、技术水平出现重大进展或者突破外，申报次数累计不超过 2 次
        List<EligibilityRule> longTerm = List.of(EligibilityRule.of(RuleKind.ATTEMPT_LIMIT, 2).relaxable(true));
        assertThat(check(longTerm, aged(45, Degree.DOCTOR, 2)).allPassed()).isFalse();
        assertThat(check(longTerm, aged(45, Degree.DOCTOR, 2)).onlyRelaxableUnmet()).isTrue();
    }

    @Test
    void sec2Item2_1_shuangGaoRelaxesQualificationAndAgeNotTheExclusions() {
        // 004 §二(二)1: 特别优秀者，学位、职称（技能等级）和年龄等条件可适当放宽; the exclusions always apply
        List<EligibilityRule> shuangGao = List.of(EligibilityRule.of(RuleKind.MAX_AGE, 45).relaxable(true),
                EligibilityRule.of(RuleKind.MIN_QUALIFICATION, "DEGREE:DOCTOR,TITLE:DEPUTY_SENIOR").relaxable(true),
                EligibilityRule.of(RuleKind.EXCLUSIONS, "NATIONAL_TALENT").relaxable(false));
        assertThat(check(shuangGao, aged(47, Degree.MASTER, 0)).onlyRelaxableUnmet()).isTrue();
        var national = new ApplicantFacts(REFERENCE.minusYears(40), Degree.DOCTOR, null, null, null, null, null,
                null, null, Set.of("NATIONAL_TALENT"), 0, 0);
        assertThat(check(shuangGao, national).onlyRelaxableUnmet()).isFalse();
    }

    @Test
    void aNewRowOfAKindFollowsTheUsualTextUntilTheOfficeSetsIt() {
        assertThat(EligibilityRule.of(RuleKind.MAX_AGE, 45).isRelaxable()).isTrue();
        assertThat(EligibilityRule.of(RuleKind.MIN_QUALIFICATION, "DEGREE:DOCTOR").isRelaxable()).isTrue();
        assertThat(EligibilityRule.of(RuleKind.EXCLUSIONS, "NATIONAL_TALENT").isRelaxable()).isFalse();
        assertThat(EligibilityRule.of(RuleKind.ATTEMPT_LIMIT, 2).isRelaxable()).isFalse();
    }
}
