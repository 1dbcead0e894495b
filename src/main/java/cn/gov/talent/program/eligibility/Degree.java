package cn.gov.talent.program.eligibility;

/** 学位, in rising order. */
public enum Degree { NONE, BACHELOR, MASTER, DOCTOR }
