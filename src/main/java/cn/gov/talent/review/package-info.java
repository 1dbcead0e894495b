/**
 * The review stage (专家评审): the expert pool (专家库) and its Excel import, review rounds (通讯评审,
 * 会议评审, 答辩) with a stored, re-runnable random draw free of conflicts of interest, adjustments by
 * hand, the experts' scoring, aggregation and ranking, the proposed list within the places and the
 * departments' opinions on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review",
        allowedDependencies = {"application", "audit", "notification", "organization", "program", "shared",
                "spreadsheet", "web"})
package cn.gov.talent.review;
