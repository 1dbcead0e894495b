package cn.gov.talent.program.eligibility;

/**
 * The kinds of eligibility rule the seeds need. Each rule is one kind plus its parameters: a
 * number ({@code intValue}) and/or a list of codes ({@code listValue}).
 */
public enum RuleKind {
    /** 年龄上限: age at the reference date at most {@code intValue} (周岁). */
    MAX_AGE,
    /** 最低资格: any one of the listed qualifications, e.g. {@code DEGREE:DOCTOR,TITLE:DEPUTY_SENIOR,SKILL:TECHNICIAN}. */
    MIN_QUALIFICATION,
    /** 博士后海外连续工作: at least {@code intValue} months of continuous overseas work after the PhD. */
    MIN_OVERSEAS_MONTHS_AFTER_PHD,
    /** 国内全职工作时间上限: at most {@code intValue} months of full-time work in China. */
    MAX_MONTHS_IN_CHINA,
    /** 必备材料: every listed document; {@code A|B} means A or B. */
    REQUIRED_DOCUMENTS,
    /** 业绩条件之一: at least one listed achievement, with evidence. */
    ACHIEVEMENT_ANY_OF,
    /** 不得申报情形: none of the listed titles or roles held. */
    EXCLUSIONS,
    /** 申报次数: fewer than {@code intValue} earlier applications to the program. */
    ATTEMPT_LIMIT,
    /** 同年只能申报一项: no other application in the same year, in any program. */
    ONE_APPLICATION_PER_YEAR;

    /**
     * Whether a granted exception (特别优秀者可适当放宽) may relax this rule: only degree, title or
     * skill level and age (004 §二(二)1). Exclusions, limits and documents always apply.
     */
    public boolean relaxableByException() {
        return this == MAX_AGE || this == MIN_QUALIFICATION;
    }
}
