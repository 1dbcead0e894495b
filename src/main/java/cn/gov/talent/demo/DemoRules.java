package cn.gov.talent.demo;

import java.util.List;

import cn.gov.talent.program.Programs;
import cn.gov.talent.program.eligibility.EligibilityRule;
import cn.gov.talent.program.eligibility.RuleKind;

/** The demo programs' eligibility rules, as the seeds write them. */
final class DemoRules {

    private DemoRules() {
    }

    /**
     * The real conditions of the seeds: 004 §二(二) for 双高工程, 002 arts. 8, 13, 14 for 青年项目; and what
     * they fix on every batch: 双高's notice of at least 5 working days (004 §二(三)5) and at most 100 people a
     * year (004 §二(一)), 青年项目's notice of 7 working days (002 art. 23). The Jiangxi 百千万 plan (000)
     * selects 100 people or so (左右) a year: an aim, not a maximum, so no limit is set.
     */
    static void fromTheSeeds(Programs programs) {
        programs.setNoticeMinimum("SG", null, 5, "《江西省高层次高技能领军人才培养工程实施方案》二(三)5");
        programs.setPlacesPerYear("SG", 100, "《江西省高层次高技能领军人才培养工程实施方案》二(一)");
        programs.setNoticeMinimum("QR", "YOUTH", 7, "《国家海外高层次人才引进计划管理办法》第二十三条");
        String qualification = "DEGREE:DOCTOR,TITLE:DEPUTY_SENIOR,SKILL:TECHNICIAN";
        String shuanggaoExclusions = "NATIONAL_TALENT,SHUANGQIAN,SAME_TIER_IN_SUPPORT,SKILL_MASTER_STUDIO_LEADER";
        programs.setRules("SG", "PRO", List.of(
                EligibilityRule.of(RuleKind.MAX_AGE, 45),
                EligibilityRule.of(RuleKind.MIN_QUALIFICATION, qualification),
                EligibilityRule.of(RuleKind.EXCLUSIONS, shuanggaoExclusions),
                EligibilityRule.of(RuleKind.ACHIEVEMENT_ANY_OF, "FRONTIER_RESEARCH,PROVINCIAL_PROJECT_LEAD,"
                        + "PROVINCIAL_SCI_AWARD,NATIONAL_SCI_AWARD,PROVINCIAL_SOCSCI_AWARD,INDUSTRY_TRANSFER,"
                        + "SOCIAL_FIELD_ACHIEVEMENT"),
                new EligibilityRule(RuleKind.ONE_APPLICATION_PER_YEAR, null, null)));
        programs.setRules("SG", "SKILL", List.of(
                EligibilityRule.of(RuleKind.MAX_AGE, 45),
                EligibilityRule.of(RuleKind.MIN_QUALIFICATION, qualification),
                EligibilityRule.of(RuleKind.EXCLUSIONS, shuanggaoExclusions),
                EligibilityRule.of(RuleKind.ACHIEVEMENT_ANY_OF, "TECHNICAL_INNOVATION,UNIQUE_SKILL_HERITAGE,"
                        + "CITY_SCI_AWARD,SKILLS_COMPETITION"),
                new EligibilityRule(RuleKind.ONE_APPLICATION_PER_YEAR, null, null)));
        programs.setRules("BQW", "PROV", List.of(
                EligibilityRule.of(RuleKind.MAX_AGE, 50),
                EligibilityRule.of(RuleKind.MIN_QUALIFICATION, "DEGREE:DOCTOR,TITLE:DEPUTY_SENIOR"),
                EligibilityRule.of(RuleKind.EXCLUSIONS, "NATIONAL_TALENT"),
                EligibilityRule.of(RuleKind.ATTEMPT_LIMIT, 2),
                new EligibilityRule(RuleKind.ONE_APPLICATION_PER_YEAR, null, null)));
        programs.setRules("QR", "YOUTH", List.of(
                EligibilityRule.of(RuleKind.MAX_AGE, 40),
                EligibilityRule.of(RuleKind.MIN_QUALIFICATION, "DEGREE:DOCTOR"),
                EligibilityRule.of(RuleKind.MIN_OVERSEAS_MONTHS_AFTER_PHD, 36),
                EligibilityRule.of(RuleKind.MAX_MONTHS_IN_CHINA, 12),
                EligibilityRule.of(RuleKind.REQUIRED_DOCUMENTS, "WORK_CONTRACT|INTENT_LETTER"),
                new EligibilityRule(RuleKind.ONE_APPLICATION_PER_YEAR, null, null)));
    }
}
