package cn.gov.talent.tracking;

/**
 * How many assessments of a year ended with a grade: {@code kind} {@code ANNUAL} (年度考核 graded by the employer,
 * counted in the year its cycle year ended; {@code grade} a {@link Grade} name) or {@code FINAL} (终期考核, counted
 * in the year it was decided; {@code grade} a {@link FinalAssessment.Outcome} name).
 */
public record GradeCount(String kind, int year, String grade, long count) {
}
