package cn.gov.talent.demo;

import java.util.List;

import cn.gov.talent.program.Programs;
import cn.gov.talent.program.TalentKind;
import cn.gov.talent.program.eligibility.EligibilityRule;
import cn.gov.talent.program.eligibility.RuleKind;

/** The demo programs' eligibility rules, as the seeds write them. */
final class DemoRules {

    private DemoRules() {
    }

    /**
     * The real conditions of the seeds: 004 §二(二) for 双高工程, the Jiangxi 百千万人才工程 plan, and 002
     * arts. 8, 13, 14, 15 for 青年项目. What an exception may relax is each text's own: 004 relaxes degree,
     * title or skill level and age; 002 art. 8 relaxes the overseas work years for 青年, not its age. And what
     * they fix on every batch: 双高's notice of at least 5 working days (004 §二(三)5) and at most 100 people a
     * year (004 §二(一)), 青年项目's notice of 7 working days (002 art. 23). The Jiangxi 百千万 plan (000)
     * selects 100 people or so (左右) a year: an aim, not a maximum, so no limit is set. The kind of talent of each
     * category (004 §二(一)), which the statistics count apart.
     */
    static void fromTheSeeds(Programs programs) {
        programs.setNoticeMinimum("SG", null, 5, "《江西省高层次高技能领军人才培养工程实施方案》二(三)5");
        programs.setPlacesPerYear("SG", 100, "《江西省高层次高技能领军人才培养工程实施方案》二(一)");
        // 004 §二(一): 双高 selects professional and technical leaders and highly skilled leaders, and the statistics
        // count each kind; the 百千万 selects professional and technical people (000); 青年项目 is neither
        programs.setTalentKind("SG", "PRO", TalentKind.PROFESSIONAL);
        programs.setTalentKind("SG", "SKILL", TalentKind.SKILLED);
        programs.setTalentKind("BQW", "PROV", TalentKind.PROFESSIONAL);
        programs.setTalentKind("BQWG", "NAT", TalentKind.PROFESSIONAL);
        programs.setNoticeMinimum("QR", "YOUTH", 7, "《国家海外高层次人才引进计划管理办法》第二十三条");
        String qualification = "DEGREE:DOCTOR,TITLE:DEPUTY_SENIOR,SKILL:TECHNICIAN";
        String shuanggaoExclusions = "NATIONAL_TALENT,SHUANGQIAN,SAME_TIER_IN_SUPPORT,SKILL_MASTER_STUDIO_LEADER";
        programs.setRules("SG", "PRO", List.of(
                EligibilityRule.of(RuleKind.MAX_AGE, 45).relaxable(true),
                EligibilityRule.of(RuleKind.MIN_QUALIFICATION, qualification).relaxable(true),
                // 004 §二(二)1: 须全职在我省创新创业
                EligibilityRule.of(RuleKind.DECLARED_CONDITIONS, "FULL_TIME_IN_JIANGXI").relaxable(false),
                EligibilityRule.of(RuleKind.EXCLUSIONS, shuanggaoExclusions),
                // 004 §二(二)2: 省级科技奖二等奖及以上（排名前 3 位）或国家科技奖（排名前 5 位）…
                EligibilityRule.of(RuleKind.ACHIEVEMENT_ANY_OF, "FRONTIER_RESEARCH,PROVINCIAL_PROJECT_LEAD,"
                        + "PROVINCIAL_SCI_AWARD:GRADE2:RANK3,NATIONAL_SCI_AWARD:RANK5,"
                        + "PROVINCIAL_SOCSCI_AWARD:GRADE2:RANK3,INDUSTRY_TRANSFER,SOCIAL_FIELD_ACHIEVEMENT"),
                new EligibilityRule(RuleKind.ONE_APPLICATION_PER_YEAR, null, null)));
        programs.setRules("SG", "SKILL", List.of(
                EligibilityRule.of(RuleKind.MAX_AGE, 45).relaxable(true),
                EligibilityRule.of(RuleKind.MIN_QUALIFICATION, qualification).relaxable(true),
                EligibilityRule.of(RuleKind.DECLARED_CONDITIONS, "FULL_TIME_IN_JIANGXI").relaxable(false),
                EligibilityRule.of(RuleKind.EXCLUSIONS, shuanggaoExclusions),
                EligibilityRule.of(RuleKind.ACHIEVEMENT_ANY_OF, "TECHNICAL_INNOVATION,UNIQUE_SKILL_HERITAGE,"
                        + "CITY_SCI_AWARD,SKILLS_COMPETITION"),
                new EligibilityRule(RuleKind.ONE_APPLICATION_PER_YEAR, null, null)));
        // 江西省百千万人才工程: 具有副高级以上专业技术职称，年龄在 50 周岁以下（含 50 周岁）; the plan names no
        // exception, no exclusion and no limit on attempts.
        programs.setRules("BQW", "PROV", List.of(
                EligibilityRule.of(RuleKind.MAX_AGE, 50).relaxable(false),
                EligibilityRule.of(RuleKind.MIN_QUALIFICATION, "TITLE:DEPUTY_SENIOR").relaxable(false),
                new EligibilityRule(RuleKind.ONE_APPLICATION_PER_YEAR, null, null)));
        // 国家级人选 (000, 2012 plan §二(二)1): 具有副高级以上专业技术职称，年龄在 50 周岁以下（含 50 周岁）
        programs.setRules("BQWG", "NAT", List.of(
                EligibilityRule.of(RuleKind.MAX_AGE, 50).relaxable(false),
                EligibilityRule.of(RuleKind.MIN_QUALIFICATION, "TITLE:DEPUTY_SENIOR").relaxable(false),
                new EligibilityRule(RuleKind.ONE_APPLICATION_PER_YEAR, null, null)));
        // 002 art. 8 (青年: 40 岁, 博士, 海外连续 36 个月, 可适当放宽工作年限), art. 13 (青年项目不限制申报次数),
        // art. 14 (工作合同或意向性协议), art. 15 (不允许申报的情形, declared with evidence).
        programs.setRules("QR", "YOUTH", List.of(
                EligibilityRule.of(RuleKind.MAX_AGE, 40).relaxable(false),
                EligibilityRule.of(RuleKind.MIN_QUALIFICATION, "DEGREE:DOCTOR").relaxable(false),
                EligibilityRule.of(RuleKind.MIN_OVERSEAS_MONTHS_AFTER_PHD, 36).relaxable(true),
                EligibilityRule.of(RuleKind.MAX_MONTHS_IN_CHINA, 12),
                EligibilityRule.of(RuleKind.DECLARED_CONDITIONS, "NATURAL_SCIENCE_OR_ENGINEERING,"
                        + "TEACHING_OR_RESEARCH_POST_ABROAD,NO_UNFULFILLED_STATE_FUNDED_OBLIGATION,NO_RECORDED_MISCONDUCT"),
                EligibilityRule.of(RuleKind.REQUIRED_DOCUMENTS, "WORK_CONTRACT|INTENT_LETTER"),
                new EligibilityRule(RuleKind.ONE_APPLICATION_PER_YEAR, null, null)));
    }
}
