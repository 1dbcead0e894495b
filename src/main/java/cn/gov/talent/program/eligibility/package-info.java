/**
 * 资格条件: eligibility rules as data attached to a category, and the check that evaluates them
 * against an applicant's facts at the batch's reference date, explaining every result.
 */
@org.springframework.modulith.NamedInterface("eligibility")
package cn.gov.talent.program.eligibility;
