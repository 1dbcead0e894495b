package cn.gov.talent.application;

/**
 * What the calling stage knows when it asks for a transition; the guards read it. Built by name:
 * {@link #NONE} when the stage has nothing to say, or one of the named facts below.
 */
public record TransitionFacts(boolean eligible, boolean exceptionRequested, boolean localNoticeConfirmed,
        boolean allReviewsSubmitted, boolean noticeOver, boolean openObjection) {

    public static final TransitionFacts NONE = new TransitionFacts(false, false, false, false, false, false);

    /** Facts under which every guard holds. */
    public static final TransitionFacts ALL_MET = new TransitionFacts(true, false, true, true, true, false);

    /** The dossier's eligibility check and whether the applicant asked for an exception (submission). */
    public static TransitionFacts eligibility(boolean eligible, boolean exceptionRequested) {
        return NONE.withEligible(eligible).withExceptionRequested(exceptionRequested);
    }

    /** The recommending unit has confirmed its local notice (forwarding). */
    public static TransitionFacts localNoticeWasConfirmed() {
        return new TransitionFacts(false, false, true, false, false, false);
    }

    /** Every review of the application is in (the last one completes the review). */
    public static TransitionFacts everyReviewSubmitted() {
        return new TransitionFacts(false, false, false, true, false, false);
    }

    /** The public notice is over; {@code openObjection} whether an objection is still open (approval). */
    public static TransitionFacts afterNotice(boolean openObjection) {
        return new TransitionFacts(false, false, false, false, true, openObjection);
    }

    public TransitionFacts withEligible(boolean value) {
        return new TransitionFacts(value, exceptionRequested, localNoticeConfirmed, allReviewsSubmitted, noticeOver,
                openObjection);
    }

    public TransitionFacts withExceptionRequested(boolean value) {
        return new TransitionFacts(eligible, value, localNoticeConfirmed, allReviewsSubmitted, noticeOver,
                openObjection);
    }

    public TransitionFacts withOpenObjection(boolean value) {
        return new TransitionFacts(eligible, exceptionRequested, localNoticeConfirmed, allReviewsSubmitted,
                noticeOver, value);
    }
}
