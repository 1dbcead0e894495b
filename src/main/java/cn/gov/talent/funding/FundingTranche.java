package cn.gov.talent.funding;

import java.math.BigDecimal;
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
 * 拨付批次: one tranche of a person's fund — due on a day, released by the office once its condition is
 * met, paid once (date, amount, voucher number), or cancelled when the person leaves. Release and payment
 * are conditional updates in {@link FundingTrancheRepository} (from SCHEDULED, from RELEASED), so the
 * database decides between two requests at once. It carries the person's name, certificate and employer
 * with its data scope (unit and path): the unpaid ones follow the person to a new employer, the paid ones
 * stay with the employer that had them.
 */
@Entity
@Table(name = "funding_tranche")
public class FundingTranche {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "grant_id")
    private long grantId;

    @Column(name = "talent_record_id")
    private long talentRecordId;

    @Enumerated(EnumType.STRING)
    private FundKind kind;

    private int seq;

    private int tranches;

    private BigDecimal amount;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_condition")
    private ReleaseCondition condition;

    @Column(name = "report_year")
    private Integer reportYear;

    @Enumerated(EnumType.STRING)
    private TrancheStatus status = TrancheStatus.SCHEDULED;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "certificate_no")
    private String certificateNo;

    @Column(name = "applicant_id")
    private long applicantId;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "unit_path")
    private String unitPath;

    @Column(name = "employer_name")
    private String employerName;

    @Column(name = "released_by")
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_amount")
    private BigDecimal paidAmount;

    @Column(name = "voucher_no")
    private String voucherNo;

    @Column(name = "paid_by")
    private String paidBy;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Version
    private long version;

    protected FundingTranche() {
    }

    FundingTranche(FundingGrant grant, TrancheSchedule.Due due, int tranches) {
        this.grantId = grant.getId();
        this.talentRecordId = grant.getTalentRecordId();
        this.kind = grant.getKind();
        this.seq = due.seq();
        this.tranches = tranches;
        this.amount = due.amount();
        this.dueOn = due.dueOn();
        this.condition = due.condition();
        this.reportYear = due.reportYear();
        this.personName = grant.getPersonName();
        this.certificateNo = grant.getCertificateNo();
        this.applicantId = grant.getApplicantId();
        this.unitId = grant.getUnitId();
        this.unitPath = grant.getUnitPath();
        this.employerName = grant.getEmployerName();
    }

    /** The person left the program: the tranche will not be paid. */
    void cancel(String reason, Instant at) {
        this.status = TrancheStatus.CANCELLED;
        this.cancelReason = reason;
        this.cancelledAt = at;
    }

    /** The person moved to another employer: the unpaid tranche follows (002 art. 32). */
    void movedTo(long unitId, String unitPath, String employerName) {
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.employerName = employerName;
    }

    public Long getId() {
        return id;
    }

    public long getGrantId() {
        return grantId;
    }

    public long getTalentRecordId() {
        return talentRecordId;
    }

    public FundKind getKind() {
        return kind;
    }

    public int getSeq() {
        return seq;
    }

    public int getTranches() {
        return tranches;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ReleaseCondition getCondition() {
        return condition;
    }

    public Integer getReportYear() {
        return reportYear;
    }

    public TrancheStatus getStatus() {
        return status;
    }

    public String getPersonName() {
        return personName;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getEmployerName() {
        return employerName;
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public String getVoucherNo() {
        return voucherNo;
    }

    public String getPaidBy() {
        return paidBy;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public long getVersion() {
        return version;
    }
}
