package cn.gov.talent.application;

import cn.gov.talent.shared.Labelled;

/** Where an application stands. Final states have no way out. */
public enum ApplicationStatus implements Labelled {
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

    @Override
    public String messageKey() {
        return "status." + name();
    }
}
