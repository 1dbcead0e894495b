package cn.gov.talent.yearend;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A recommending unit's report of one year: its state ({@link YearEndFlow}), its remarks and, once submitted,
 * the figures frozen as they were then (JSON, ADR 0032). The unit's name and path are copied when the row is
 * made: the report's data scope needs no join into the organisation's tables.
 */
@Entity
@Table(name = "year_end_report")
public class YearEndReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "unit_path")
    private String unitPath;

    @Enumerated(EnumType.STRING)
    private YearEndStatus status;

    private String remarks;

    private String snapshot;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "reopened_until")
    private LocalDate reopenedUntil;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Version
    private long version;

    protected YearEndReport() {
    }

    YearEndReport(long roundId, long unitId, String unitName, String unitPath, Instant now) {
        this.roundId = roundId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.unitPath = unitPath;
        this.status = YearEndStatus.NOT_STARTED;
        this.statusChangedAt = now;
    }

    void changeStatus(YearEndStatus to, Instant now) {
        if (to != status) {
            statusChangedAt = now;
        }
        status = to;
    }

    void saveRemarks(String remarks) {
        this.remarks = remarks;
    }

    void freeze(String snapshot, String by, Instant at) {
        this.snapshot = snapshot;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    void returnWith(String reason) {
        this.returnReason = reason;
    }

    void reopenUntil(LocalDate until) {
        this.reopenedUntil = until;
    }

    /** Whether the office reopened the report for the unit and that day has not passed. */
    public boolean reopenedOn(LocalDate today) {
        return reopenedUntil != null && !today.isAfter(reopenedUntil);
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public YearEndStatus getStatus() {
        return status;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public LocalDate getReopenedUntil() {
        return reopenedUntil;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }
}
