package cn.gov.talent.program.eligibility;

/** What one rule says: passes, fails, or cannot pass until evidence or data is supplied. */
public enum RuleOutcome { PASS, FAIL, NEEDS_EVIDENCE }
