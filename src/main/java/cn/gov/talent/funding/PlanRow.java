package cn.gov.talent.funding;

import java.io.Serializable;

/** One tranche row of the plan editor; a row left blank is not a tranche. */
public class PlanRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer monthsAfterStart;

    private ReleaseCondition condition;

    private Integer reportYear;

    public PlanRow() {
    }

    PlanRow(PlannedTranche tranche) {
        this.monthsAfterStart = tranche.getMonthsAfterStart();
        this.condition = tranche.getCondition();
        this.reportYear = tranche.getReportYear();
    }

    /** Nothing typed or chosen. */
    public boolean isBlank() {
        return monthsAfterStart == null && condition == null && reportYear == null;
    }

    public Integer getMonthsAfterStart() {
        return monthsAfterStart;
    }

    public void setMonthsAfterStart(Integer monthsAfterStart) {
        this.monthsAfterStart = monthsAfterStart;
    }

    public ReleaseCondition getCondition() {
        return condition;
    }

    public void setCondition(ReleaseCondition condition) {
        this.condition = condition;
    }

    public Integer getReportYear() {
        return reportYear;
    }

    public void setReportYear(Integer reportYear) {
        this.reportYear = reportYear;
    }
}
