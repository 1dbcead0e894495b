package cn.gov.talent.program.eligibility;

/** 职业技能等级, in rising order: 初级工 … 高级技师. */
public enum SkillLevel { NONE, ELEMENTARY, INTERMEDIATE, ADVANCED, TECHNICIAN, SENIOR_TECHNICIAN }
