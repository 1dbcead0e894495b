package cn.gov.talent.tracking;

/**
 * One count of talent records (人选统计): {@code dimension} says what {@code key} is — {@code TOTAL} (no key),
 * {@code PROGRAM_YEAR} ({@code programId:year}), {@code CATEGORY} (the category id), {@code CATEGORY_YEAR}
 * ({@code categoryId:year}), {@code EMPLOYER} (the unit id, {@code label} its name), {@code UNIT} (the path of the
 * unit rolled up to; null for records under none), {@code STATUS} (a {@link TalentStatus} name), and for the
 * profile {@code REGION}, {@code DISCIPLINE_GROUP}, {@code TITLE_LEVEL}, {@code GENDER}, {@code AGE_BAND} (null:
 * not recorded).
 */
public record TalentCount(String dimension, String key, String label, long count) {
}
