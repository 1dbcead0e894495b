package cn.gov.talent.application;

import cn.gov.talent.shared.Labelled;

/**
 * A condition a transition needs beyond the actor's role. The state machine checks it against
 * the {@link TransitionFacts} the calling stage gathered (eligibility, local notice, objections...).
 * The quota is no guard: places are taken by a conditional update in the database (ADR 0012).
 */
enum Guard implements Labelled {
    NONE,
    /** 资格条件全部符合, 或已提出破格申请 */
    ELIGIBLE_OR_EXCEPTION_REQUESTED,
    /** 本地公示无异议 */
    LOCAL_NOTICE_CONFIRMED,
    /** 所有评审已提交 */
    ALL_REVIEWS_SUBMITTED,
    /** 公示期满, 无未结或成立的异议 */
    NOTICE_OVER_WITHOUT_OPEN_OBJECTION;

    boolean holds(TransitionFacts facts) {
        return switch (this) {
            case NONE -> true;
            case ELIGIBLE_OR_EXCEPTION_REQUESTED -> facts.eligible() || facts.exceptionRequested();
            case LOCAL_NOTICE_CONFIRMED -> facts.localNoticeConfirmed();
            case ALL_REVIEWS_SUBMITTED -> facts.allReviewsSubmitted();
            case NOTICE_OVER_WITHOUT_OPEN_OBJECTION -> facts.noticeOver() && !facts.openObjection();
        };
    }

    @Override
    public String messageKey() {
        return "guard." + name();
    }
}
