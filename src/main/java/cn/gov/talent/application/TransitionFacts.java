package cn.gov.talent.application;

/**
 * What the calling stage knows when it asks for a transition; the guards read it.
 * Stages that have nothing to say use {@link #NONE}.
 */
public record TransitionFacts(boolean eligible, boolean exceptionRequested, boolean withinQuota,
        boolean localNoticeConfirmed, boolean allReviewsSubmitted, boolean noticeOver, boolean openObjection) {

    public static final TransitionFacts NONE = new TransitionFacts(false, false, false, false, false, false, false);

    /** Facts under which every guard holds. */
    public static final TransitionFacts ALL_MET = new TransitionFacts(true, false, true, true, true, true, false);

    public TransitionFacts withEligible(boolean value) {
        return new TransitionFacts(value, exceptionRequested, withinQuota, localNoticeConfirmed, allReviewsSubmitted,
                noticeOver, openObjection);
    }

    public TransitionFacts withExceptionRequested(boolean value) {
        return new TransitionFacts(eligible, value, withinQuota, localNoticeConfirmed, allReviewsSubmitted,
                noticeOver, openObjection);
    }

    public TransitionFacts withOpenObjection(boolean value) {
        return new TransitionFacts(eligible, exceptionRequested, withinQuota, localNoticeConfirmed,
                allReviewsSubmitted, noticeOver, value);
    }
}
