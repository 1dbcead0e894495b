package cn.gov.talent.program;

/** The stage a yearly batch is in: DRAFT → OPEN → NOMINATION → REVIEW → NOTICE → PUBLISHED → CLOSED. */
public enum BatchStage { DRAFT, OPEN, NOMINATION, REVIEW, NOTICE, PUBLISHED, CLOSED }
