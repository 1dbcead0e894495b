package cn.gov.talent.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import cn.gov.talent.program.eligibility.ApplicantFacts;
import cn.gov.talent.program.eligibility.Degree;
import cn.gov.talent.program.eligibility.EligibilityReport;
import cn.gov.talent.program.eligibility.RuleKind;
import cn.gov.talent.program.eligibility.RuleOutcome;
import cn.gov.talent.program.eligibility.RuleResult;
import cn.gov.talent.program.eligibility.SkillLevel;
import cn.gov.talent.program.eligibility.TitleLevel;
import cn.gov.talent.program.eligibility.WorkPeriod;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/** The seeds' rules are stored as data and checked at the batch's reference date. */
@IntegrationTest
class ProgramsIntegrationTests {

    @Autowired
    Programs programs;

    @Autowired
    TestData data;

    @Autowired
    MessageSource messages;

    @Test
    void theShuanggaoRulesExplainAnAgeFailureAtTheBatchReferenceDate() {
        var facts = new ApplicantFacts(data.bornAged(46), Degree.DOCTOR, null, TitleLevel.SENIOR,
                SkillLevel.NONE, List.of(), Set.of("FULL_TIME_IN_JIANGXI"), Set.of("PROVINCIAL_PROJECT_LEAD"), Set.of(),
                Set.of(), 0, 0, null, Set.of("FULL_TIME_IN_JIANGXI"), null, null);
        EligibilityReport report = programs.check(data.batchId("SG"), data.categoryId("SG", "PRO"), facts);
        assertThat(report.results()).extracting(RuleResult::kind).containsExactly(RuleKind.MAX_AGE,
                RuleKind.MIN_QUALIFICATION, RuleKind.DECLARED_CONDITIONS, RuleKind.EXCLUSIONS,
                RuleKind.ACHIEVEMENT_ANY_OF, RuleKind.ONE_APPLICATION_PER_YEAR);
        assertThat(report.unmet()).singleElement().satisfies(result -> assertThat(
                result.describe(messages, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("年龄 46 岁，超过上限 45 岁（以 " + data.referenceDate() + " 计）"));
    }

    @Test
    void theYouthProjectNeedsThreeYearsAbroadAndAContract() {
        var facts = new ApplicantFacts(data.bornAged(36), Degree.DOCTOR, LocalDate.of(2021, 7, 1),
                TitleLevel.NONE, SkillLevel.NONE,
                List.of(new WorkPeriod("US", LocalDate.of(2021, 8, 1), LocalDate.of(2023, 7, 31), true)),
                Set.of(), Set.of(), Set.of(), Set.of(), 0, 0);
        EligibilityReport report = programs.check(data.batchId("QR"), data.categoryId("QR", "YOUTH"), facts);
        assertThat(report.unmet()).extracting(RuleResult::kind, RuleResult::outcome).containsExactly(
                Tuple.tuple(RuleKind.MIN_OVERSEAS_MONTHS_AFTER_PHD, RuleOutcome.FAIL),
                Tuple.tuple(RuleKind.DECLARED_CONDITIONS, RuleOutcome.FAIL),
                Tuple.tuple(RuleKind.REQUIRED_DOCUMENTS, RuleOutcome.NEEDS_EVIDENCE));
        // 002 art. 8 relaxes the years abroad for 青年, not the declarations
        assertThat(report.unmet()).extracting(RuleResult::relaxable).containsExactly(true, false, false);
    }

    @Test
    void rulesAreReadInOneQueryForThePage() {
        // 江西省百千万人才工程: 具有副高级以上专业技术职称，年龄在 50 周岁以下; no limit on attempts
        assertThat(programs.rulesByCategory().get(data.categoryId("BQW", "PROV")))
                .extracting(rule -> rule.describe(messages, Locale.SIMPLIFIED_CHINESE))
                .contains("年龄不超过 50 周岁（以批次规定日期计）")
                .noneMatch(text -> text.contains("申报次数"));
    }
}
