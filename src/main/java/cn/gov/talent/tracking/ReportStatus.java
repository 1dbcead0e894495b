package cn.gov.talent.tracking;

import cn.gov.talent.shared.Labelled;

/** Where a yearly report stands (see {@link YearlyReportFlow}). */
public enum ReportStatus implements Labelled {
    SUBMITTED, RETURNED, GRADED, CONFIRMED, FILED;

    @Override
    public String messageKey() {
        return "talent.report.status." + name();
    }
}
