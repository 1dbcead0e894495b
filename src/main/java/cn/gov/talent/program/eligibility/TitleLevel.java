package cn.gov.talent.program.eligibility;

/** 专业技术职称, in rising order: 初级, 中级, 副高级, 正高级. */
public enum TitleLevel { NONE, JUNIOR, INTERMEDIATE, DEPUTY_SENIOR, SENIOR }
