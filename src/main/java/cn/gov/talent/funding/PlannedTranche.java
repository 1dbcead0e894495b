package cn.gov.talent.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One tranche of a support plan: its number, when it falls due after the cycle's start, what releases it. */
@Embeddable
public class PlannedTranche {

    private int seq;

    @Column(name = "months_after_start")
    private int monthsAfterStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_condition")
    private ReleaseCondition condition;

    /** The cycle year whose report must be filed (YEARLY_REPORT_FILED only). */
    @Column(name = "report_year")
    private Integer reportYear;

    protected PlannedTranche() {
    }

    public PlannedTranche(int seq, int monthsAfterStart, ReleaseCondition condition, Integer reportYear) {
        this.seq = seq;
        this.monthsAfterStart = monthsAfterStart;
        this.condition = condition;
        this.reportYear = condition == ReleaseCondition.YEARLY_REPORT_FILED ? reportYear : null;
    }

    public int getSeq() {
        return seq;
    }

    public int getMonthsAfterStart() {
        return monthsAfterStart;
    }

    public ReleaseCondition getCondition() {
        return condition;
    }

    public Integer getReportYear() {
        return reportYear;
    }
}
