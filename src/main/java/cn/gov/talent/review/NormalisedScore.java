package cn.gov.talent.review;

import java.math.BigDecimal;

/**
 * What the aggregation of a round made of one submitted review: its total normalised for the expert (z-score in the
 * round) and whether it lies far from the other reviews of the same application (see {@link ReviewAggregation}).
 * Kept with the application's result ({@code review_result}), gone with it when a review is reopened.
 */
public record NormalisedScore(long expertId, BigDecimal zScore, boolean outlier) {
}
