package cn.gov.talent.program.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What software cannot compute is declared and proven: 002 art. 5 (相当于教授职务), art. 6 (每年不少于 2 个月),
 * art. 7 (第一大股东), art. 8 (正式教学或科研职位, 自然科学或者工程技术领域), art. 9 (非华裔), art. 10 (国际大奖),
 * art. 11 (新疆、西藏), art. 15 (不允许申报的情形), and 004 §二(二)1 (全职在我省创新创业). A condition not declared
 * fails; declared without its attachment it needs evidence; declared and attached it passes.
 */
class Art5To15DeclaredConditionsTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 12, 31);

    private static final EligibilityRule YOUTH = EligibilityRule.of(RuleKind.DECLARED_CONDITIONS,
            "NATURAL_SCIENCE_OR_ENGINEERING,TEACHING_OR_RESEARCH_POST_ABROAD");

    private static RuleResult check(EligibilityRule rule, Set<String> declared, Set<String> attached) {
        var facts = new ApplicantFacts(null, null, null, null, null, null, attached, null, null, null, 0, 0, null,
                declared, null, null);
        return EligibilityCheck.evaluate(rule, facts, REFERENCE);
    }

    private static String chinese(RuleResult result) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return result.describe(messages, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void art8_aConditionNotDeclaredFailsAndIsNamed() {
        RuleResult result = check(YOUTH, Set.of("NATURAL_SCIENCE_OR_ENGINEERING"), Set.of());
        assertThat(result.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(chinese(result)).isEqualTo("须声明符合以下条件：在海外知名高校、科研机构或知名企业研发机构有正式教学或科研职位");
    }

    @Test
    void art8_declaredWithoutProofNeedsEvidence() {
        RuleResult result = check(YOUTH, Set.of("NATURAL_SCIENCE_OR_ENGINEERING", "TEACHING_OR_RESEARCH_POST_ABROAD"),
                Set.of("NATURAL_SCIENCE_OR_ENGINEERING"));
        assertThat(result.outcome()).isEqualTo(RuleOutcome.NEEDS_EVIDENCE);
        assertThat(chinese(result)).contains("尚须上传证明材料").contains("正式教学或科研职位");
    }

    @Test
    void sec2Item2_1_fullTimeInJiangxiDeclaredAndProvenPasses() {
        EligibilityRule rule = EligibilityRule.of(RuleKind.DECLARED_CONDITIONS, "FULL_TIME_IN_JIANGXI");
        RuleResult result = check(rule, Set.of("FULL_TIME_IN_JIANGXI"), Set.of("FULL_TIME_IN_JIANGXI"));
        assertThat(result.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(chinese(result)).isEqualTo("已声明并证明：全职在我省创新创业（在赣全职工作）");
    }

    @Test
    void everyConditionOfTheCatalogueHasItsWordsInBothLanguages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        for (String code : new String[] {"FULL_TIME_IN_JIANGXI", "PROFESSOR_LEVEL_POST_ABROAD", "NOT_FULL_TIME_IN_CHINA",
                "TWO_MONTHS_A_YEAR_FOR_THREE_YEARS", "DEGREE_ABROAD", "ENTERPRISE_FOUNDED_TWO_TO_FIVE_YEARS",
                "FOUNDER_LARGEST_SHAREHOLDER", "NATURAL_SCIENCE_OR_ENGINEERING", "TEACHING_OR_RESEARCH_POST_ABROAD",
                "NOT_OF_CHINESE_ORIGIN", "TOP_AWARD_OR_EQUIVALENT", "MASTER_ABROAD_OR_36_MONTHS_ABROAD",
                "EMPLOYER_IN_XINJIANG_TIBET", "NO_UNFULFILLED_STATE_FUNDED_OBLIGATION", "NO_RECORDED_MISCONDUCT"}) {
            assertThat(messages.getMessage("condition." + code, null, null, Locale.SIMPLIFIED_CHINESE)).isNotBlank();
            assertThat(messages.getMessage("condition." + code, null, null, Locale.ENGLISH)).isNotBlank()
                    .doesNotContain("''");
        }
        for (RuleKind kind : RuleKind.values()) {
            assertThat(messages.getMessage("ruleKind." + kind + ".help", null, null, Locale.SIMPLIFIED_CHINESE))
                    .isNotBlank();
            assertThat(messages.getMessage("ruleKind." + kind + ".help", null, null, Locale.ENGLISH)).isNotBlank();
        }
    }
}
