package cn.gov.talent.application;

import java.util.EnumSet;
import java.util.Set;

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

    /** The states of an application its recommending unit nominated (whatever came of it later). */
    private static final Set<ApplicationStatus> NOMINATED_OR_LATER = EnumSet.of(NOMINATED, FORWARDED, QUALIFIED,
            DISQUALIFIED, IN_REVIEW, REVIEWED, PROPOSED, NOT_SELECTED, IN_NOTICE, APPROVED, REMOVED, SELECTED);

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

    /**
     * Whether the recommending unit nominated it: a 推荐表 exists from then on. (A withdrawal does not
     * say whether it came before or after the nomination: a withdrawn application has none.)
     */
    public boolean isNominated() {
        return NOMINATED_OR_LATER.contains(this);
    }

    @Override
    public String messageKey() {
        return "status." + name();
    }
}
