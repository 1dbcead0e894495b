package cn.gov.talent.tracking;

import cn.gov.talent.shared.Labelled;

/** What happens to a yearly report (see {@link YearlyReportFlow}). */
public enum ReportEvent implements Labelled {
    RESUBMIT, GRADE, RETURN, CONFIRM, SEND_BACK, FILE;

    @Override
    public String messageKey() {
        return "talent.report.event." + name();
    }
}
