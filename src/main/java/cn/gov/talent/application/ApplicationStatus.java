package cn.gov.talent.application;

/** Where an application stands. Final states have no way out. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ENDORSED,
    REJECTED(true),
    NOMINATED,
    NOT_NOMINATED(true),
    FORWARDED,
    QUALIFIED,
    DISQUALIFIED(true),
    IN_REVIEW,
    REVIEWED,
    PROPOSED,
    NOT_SELECTED(true),
    IN_NOTICE,
    APPROVED,
    REMOVED(true),
    SELECTED(true),
    WITHDRAWN(true);

    private final boolean terminal;

    ApplicationStatus() {
        this(false);
    }

    ApplicationStatus(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }

    public String messageKey() {
        return "status." + name();
    }
}
