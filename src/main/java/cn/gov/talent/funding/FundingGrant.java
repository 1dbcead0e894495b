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

import cn.gov.talent.tracking.TalentRecord;

/**
 * A person's amount of one kind of fund (核定金额), set by the office within its plan's range, with what it
 * copies from the plan (its period and extension rule) and from the talent record (name, certificate,
 * employer and data scope), so that it explains itself from the record alone. Its tranches are
 * {@link FundingTranche}s.
 */
@Entity
@Table(name = "funding_grant")
public class FundingGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "talent_record_id")
    private long talentRecordId;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "category_id")
    private long categoryId;

    @Enumerated(EnumType.STRING)
    private FundKind kind;

    private BigDecimal amount;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_years")
    private int periodYears;

    @Column(name = "extension_max_years")
    private int extensionMaxYears;

    @Column(name = "extension_needs_contract")
    private boolean extensionNeedsContract;

    @Column(name = "extension_years")
    private int extensionYears;

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

    /** What was paid under the former category's fund of the same kind (002 art. 33), counted toward the amount. */
    @Column(name = "carried_over")
    private BigDecimal carriedOver = BigDecimal.ZERO.setScale(2);

    @Column(name = "set_by")
    private String setBy;

    @Column(name = "set_at")
    private Instant setAt;

    @Version
    private long version;

    protected FundingGrant() {
    }

    FundingGrant(TalentRecord record, SupportPlan plan, BigDecimal amount, String by, Instant at) {
        this.talentRecordId = record.getId();
        this.planId = plan.getId();
        this.categoryId = plan.getCategoryId();
        this.kind = plan.getKind();
        this.periodStart = record.getCycleStart();
        this.personName = record.getPersonName();
        this.certificateNo = record.getCertificateNo();
        this.applicantId = record.getApplicantId();
        this.unitId = record.getUnitId();
        this.unitPath = record.getUnitPath();
        this.employerName = record.getEmployerName();
        revise(plan, amount, by, at);
    }

    /** A new amount (before anything is released), under the plan as it reads now. */
    void revise(SupportPlan plan, BigDecimal amount, String by, Instant at) {
        this.planId = plan.getId();
        this.categoryId = plan.getCategoryId();
        this.amount = amount;
        this.periodYears = plan.getPeriodYears();
        this.extensionMaxYears = plan.getExtensionYears();
        this.extensionNeedsContract = plan.isExtensionNeedsContract();
        this.setBy = by;
        this.setAt = at;
    }

    /** What was paid under the former category and counts toward this amount; the rest is scheduled. */
    void carryOver(BigDecimal paid) {
        this.carriedOver = paid.setScale(2);
    }

    /** What was paid under the former category's fund of the same kind and counts toward this amount. */
    public BigDecimal getCarriedOver() {
        return carriedOver;
    }

    /** What this fund schedules: the amount less what was carried over. */
    public BigDecimal getScheduled() {
        return amount.subtract(carriedOver);
    }

    void extendTo(int years) {
        this.extensionYears = years;
    }

    /** The person moved to another employer: the fund follows (002 art. 32, 一并流转). */
    void movedTo(long unitId, String unitPath, String employerName) {
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.employerName = employerName;
    }

    /** The last day of the fund's period, with any extension approved. */
    public LocalDate getPeriodEnd() {
        return TrancheSchedule.periodEnd(periodStart, periodYears, extensionYears);
    }

    /** Whether the plan lets this fund be extended further. */
    public boolean isExtendable() {
        return extensionYears < extensionMaxYears;
    }

    public Long getId() {
        return id;
    }

    public long getTalentRecordId() {
        return talentRecordId;
    }

    public long getPlanId() {
        return planId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public FundKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public int getPeriodYears() {
        return periodYears;
    }

    public int getExtensionMaxYears() {
        return extensionMaxYears;
    }

    public boolean isExtensionNeedsContract() {
        return extensionNeedsContract;
    }

    public int getExtensionYears() {
        return extensionYears;
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

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }

    public long getVersion() {
        return version;
    }
}
