/**
 * The recommendation stage (推荐): recommending units nominate within their quota (推荐名额),
 * decline or return to the employer; the office sets the quotas. Ranking, the local public
 * notice, forwarding and the office's dashboard follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendation",
        allowedDependencies = {"application", "audit", "organization", "program", "program :: eligibility", "shared",
                "web"})
package cn.gov.talent.recommendation;
