package cn.gov.talent.program;

/** National-tier programs report their nominees to the ministry. */
public enum ProgramTier { NATIONAL, PROVINCIAL }
