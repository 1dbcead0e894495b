package cn.gov.talent.funding;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 延期申请: the employer asks to extend a fund's period by some years; the office approves or refuses. */
@Entity
@Table(name = "funding_extension")
public class FundingExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "grant_id")
    private long grantId;

    @Column(name = "talent_record_id")
    private long talentRecordId;

    private int years;

    private String reason;

    @Enumerated(EnumType.STRING)
    private ExtensionStatus status = ExtensionStatus.REQUESTED;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Version
    private long version;

    protected FundingExtension() {
    }

    FundingExtension(FundingGrant grant, int years, String reason, String by, Instant at) {
        this.grantId = grant.getId();
        this.talentRecordId = grant.getTalentRecordId();
        this.years = years;
        this.reason = reason;
        this.requestedBy = by;
        this.requestedAt = at;
    }

    void decide(boolean approve, String reason, String by, Instant at) {
        this.status = approve ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
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

    public int getYears() {
        return years;
    }

    public String getReason() {
        return reason;
    }

    public ExtensionStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public long getVersion() {
        return version;
    }
}
