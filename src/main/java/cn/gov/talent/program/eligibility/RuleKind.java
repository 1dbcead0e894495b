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
    /**
     * 业绩条件之一: at least one listed achievement, with evidence; a code may ask for a grade and a
     * rank, e.g. {@code PROVINCIAL_SCI_AWARD:GRADE2:RANK3} (see {@link AchievementCondition}).
     */
    ACHIEVEMENT_ANY_OF,
    /**
     * 不得申报情形: none of the listed titles or roles held, as the applicant declares them and as the
     * system's own talent records show them.
     */
    EXCLUSIONS,
    /** 申报次数: fewer than {@code intValue} earlier applications to the program. */
    ATTEMPT_LIMIT,
    /** 同年只能申报一项: no other application in the same year, in any program. */
    ONE_APPLICATION_PER_YEAR,
    /**
     * 申报人声明并举证的条件: every listed condition declared by the applicant, each proven by an
     * attachment of its kind (e.g. 在赣全职工作, 国外相当于教授职务, 企业主要创办人且为第一大股东).
     */
    DECLARED_CONDITIONS;

    /**
     * What a new row of this kind says about exceptions until the office sets it: the texts that allow
     * 特别优秀者可适当放宽 name age and qualification most often (002 art. 5, 004 §二(二)1). Each row
     * carries its own setting, because the categories differ (002 art. 7 relaxes only age, art. 8 the
     * overseas years, art. 13 the attempts).
     */
    public boolean usuallyRelaxable() {
        return this == MAX_AGE || this == MIN_QUALIFICATION;
    }
}
