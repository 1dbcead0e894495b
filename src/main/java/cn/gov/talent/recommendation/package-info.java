/**
 * The recommendation stage (推荐): recommending units rank and nominate within quota, confirm their local notice and forward; filled in by its own issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendation")
package cn.gov.talent.recommendation;
