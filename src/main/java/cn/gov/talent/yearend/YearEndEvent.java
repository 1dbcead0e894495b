package cn.gov.talent.yearend;

import cn.gov.talent.shared.Labelled;

/** What happens to a unit's year-end report (see {@link YearEndFlow}). */
public enum YearEndEvent implements Labelled {
    /** The unit saves its remarks. */
    SAVE_YEAR_END,
    /** The unit submits the report: its figures are frozen. */
    SUBMIT_YEAR_END,
    /** The office returns a submitted report, with the reason. */
    RETURN_YEAR_END,
    /** The office reopens a report not submitted by the deadline, for this unit, until a day it sets. */
    REOPEN_YEAR_END;

    @Override
    public String messageKey() {
        return "event." + name();
    }
}
