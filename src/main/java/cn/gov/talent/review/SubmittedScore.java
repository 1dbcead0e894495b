package cn.gov.talent.review;

import java.math.BigDecimal;

/** A submitted review as the aggregation reads it. */
public record SubmittedScore(long applicationId, long expertId, BigDecimal total, Recommendation recommendation) {
}
