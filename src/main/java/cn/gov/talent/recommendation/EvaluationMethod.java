package cn.gov.talent.recommendation;

/** How a recommending unit evaluated its candidates (综合评价): 专家评审, 组织考察, or both. */
enum EvaluationMethod { EXPERT_REVIEW, INSPECTION, BOTH }
