package cn.gov.talent.program.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * 004 §二(二)2(2): 以主要完成人获得过省级科技奖二等奖及以上（排名前 3 位）或国家科技奖（排名前 5 位）— checked on the
 * achievement entries' grade and rank, not only by the presence of an attachment.
 */
class Sec2Item2AchievementsAtTheirGradeAndRankTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 12, 31);

    private static final EligibilityRule RULE = EligibilityRule.of(RuleKind.ACHIEVEMENT_ANY_OF,
            "PROVINCIAL_SCI_AWARD:GRADE2:RANK3,NATIONAL_SCI_AWARD:RANK5");

    private static RuleResult check(ApplicantFacts.Achievement... entries) {
        var facts = new ApplicantFacts(null, null, null, null, null, null, null, null, null, null, 0, 0,
                List.of(entries), null, null, null);
        return EligibilityCheck.evaluate(RULE, facts, REFERENCE);
    }

    private static String chinese(RuleResult result) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return result.describe(messages, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aSecondClassProvincialAwardRankedThirdCounts() {
        RuleResult result = check(new ApplicantFacts.Achievement("PROVINCIAL_SCI_AWARD", 2, 3, true));
        assertThat(result.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(chinese(result)).contains("省级科技奖").contains("二等奖及以上，排名前 3 位");
    }

    @Test
    void aThirdClassAwardOrAFourthPlaceDoesNot() {
        RuleResult thirdClass = check(new ApplicantFacts.Achievement("PROVINCIAL_SCI_AWARD", 3, 1, true));
        assertThat(thirdClass.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(chinese(thirdClass)).startsWith("已填写的业绩未达到等级或排名要求");
        assertThat(check(new ApplicantFacts.Achievement("PROVINCIAL_SCI_AWARD", 1, 4, true)).outcome())
                .isEqualTo(RuleOutcome.FAIL);
        // an award without its grade or rank entered proves nothing about them
        assertThat(check(new ApplicantFacts.Achievement("PROVINCIAL_SCI_AWARD", null, null, true)).outcome())
                .isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void aNationalAwardCountsUpToFifthPlaceOfAnyGrade() {
        assertThat(check(new ApplicantFacts.Achievement("NATIONAL_SCI_AWARD", null, 5, true)).outcome())
                .isEqualTo(RuleOutcome.PASS);
        assertThat(check(new ApplicantFacts.Achievement("NATIONAL_SCI_AWARD", 2, 6, true)).outcome())
                .isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void anEntryReachingTheBarWithoutItsCertificateNeedsEvidence() {
        assertThat(check(new ApplicantFacts.Achievement("PROVINCIAL_SCI_AWARD", 1, 2, false)).outcome())
                .isEqualTo(RuleOutcome.NEEDS_EVIDENCE);
    }

    @Test
    void theOfficeWritesTheBarInTheCodeAndTheEditorKnowsTheForm() {
        assertThat(AchievementCondition.parse("PROVINCIAL_SCI_AWARD:GRADE2:RANK3"))
                .isEqualTo(new AchievementCondition("PROVINCIAL_SCI_AWARD", 2, 3));
        assertThat(AchievementCondition.isWellFormed("NATIONAL_SCI_AWARD:RANK5")).isTrue();
        assertThat(AchievementCondition.isWellFormed("CITY_SCI_AWARD")).isTrue();
        assertThat(AchievementCondition.isWellFormed("X:RANK5")).isFalse();
        assertThat(AchievementCondition.isWellFormed("AWARD:RANK5:RANK3")).isFalse();
        assertThat(AchievementCondition.isWellFormed("AWARD:LEVEL2")).isFalse();
        assertThat(chinese(EligibilityCheck.evaluate(EligibilityRule.of(RuleKind.ACHIEVEMENT_ANY_OF,
                "NATIONAL_SCI_AWARD:RANK5"), new ApplicantFacts(null, null, null, null, null, null, null, null, null,
                        null, 0, 0), REFERENCE))).contains("获国家科技奖（排名前 5 位）");
    }
}
