package cn.gov.talent.tracking;

import java.time.Instant;

/**
 * Published in the transaction that converts a talent record to another category of its program (002
 * art. 33: 转换项目类别后，应当相应调整经费等支持政策): whatever depends on the category (the support plan)
 * may adjust.
 *
 * @param recordId the talent record
 * @param fromCategoryId the category before
 * @param toCategoryId the category after
 * @param at when
 */
public record TalentCategoryChanged(long recordId, long fromCategoryId, long toCategoryId, Instant at) {
}
