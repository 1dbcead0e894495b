package cn.gov.talent.review;

/** Where one expert's review of one application stands. */
enum AssignmentStatus {
    /** Drawn or assigned; the expert may save drafts. */
    ASSIGNED,
    /** Submitted and locked; only the office can reopen it, with a reason. */
    SUBMITTED,
    /** The expert declared a conflict of interest; the slot is redrawn. */
    CONFLICT,
    /** The expert declined (unavailable, outside their competence); the slot is redrawn. */
    DECLINED,
    /** Taken off by the office by hand, with a reason. */
    REMOVED;

    /** Whether the assignment still counts for the application and for the expert's load. */
    public boolean isActive() {
        return this == ASSIGNED || this == SUBMITTED;
    }
}
