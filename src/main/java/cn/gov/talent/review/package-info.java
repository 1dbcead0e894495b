/**
 * The review stage: formal review, the expert pool (专家库), the random draw, scoring, aggregation.
 * Now: disciplines and the expert pool; the draw and scoring come with the review-stage issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package cn.gov.talent.review;
