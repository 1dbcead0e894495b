package cn.gov.talent.yearend;

import cn.gov.talent.shared.Labelled;

/** Where a recommending unit's year-end report stands (see {@link YearEndFlow}). */
public enum YearEndStatus implements Labelled {
    /** Nothing saved yet (the unit's report has no row). */
    NOT_STARTED,
    /** Remarks saved, not submitted. */
    DRAFT,
    /** Submitted: its figures are frozen as they were at that moment. */
    SUBMITTED,
    /** Returned by the office with the reason; the unit submits it again. */
    RETURNED;

    /** The audit trail names these states by this key too. */
    @Override
    public String messageKey() {
        return "audit.state.YEAR_END_REPORT." + name();
    }
}
