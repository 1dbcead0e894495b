package cn.gov.talent.publication;

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
 * 异议: an objection against a listed person, real-name or anonymous, and its investigation: the
 * office's triage, the recommending unit's findings, the office's decision.
 */
@Entity
@Table(name = "objection")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id")
    private long noticeId;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "receipt_code")
    private String receiptCode;

    private boolean anonymous;

    @Column(name = "filer_name")
    private String filerName;

    @Column(name = "filer_contact")
    private String filerContact;

    private String content;

    private String leads;

    /** The language the filer used (zh-CN or en), for the mail that tells a real-name filer the decision. */
    @Column(name = "filer_language")
    private String filerLanguage;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Enumerated(EnumType.STRING)
    private ObjectionStatus status = ObjectionStatus.RECEIVED;

    @Column(name = "triage_reason")
    private String triageReason;

    @Column(name = "assigned_unit_id")
    private Long assignedUnitId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    private String findings;

    @Column(name = "findings_by")
    private String findingsBy;

    @Column(name = "findings_at")
    private Instant findingsAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Objection() {
    }

    Objection(long noticeId, long applicationId, String receiptCode, boolean anonymous, String filerName,
            String filerContact, String content, String leads, String clientAddress, Instant filedAt,
            String filerLanguage) {
        this.filerLanguage = filerLanguage;
        this.noticeId = noticeId;
        this.applicationId = applicationId;
        this.receiptCode = receiptCode;
        this.anonymous = anonymous;
        this.filerName = filerName;
        this.filerContact = filerContact;
        this.content = content;
        this.leads = leads;
        this.clientAddress = clientAddress;
        this.filedAt = filedAt;
    }

    void dismiss(String reason) {
        this.status = ObjectionStatus.DISMISSED;
        this.triageReason = reason;
    }

    void assign(long unitId, LocalDate dueOn, String note) {
        this.status = ObjectionStatus.INVESTIGATING;
        this.assignedUnitId = unitId;
        this.dueOn = dueOn;
        this.triageReason = note;
    }

    void fileFindings(String findings, String by, Instant at) {
        this.status = ObjectionStatus.FINDINGS_FILED;
        this.findings = findings;
        this.findingsBy = by;
        this.findingsAt = at;
    }

    void decide(boolean upheld, String reason, String by, Instant at) {
        this.status = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.UNFOUNDED;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getReceiptCode() {
        return receiptCode;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getFilerName() {
        return filerName;
    }

    public String getFilerContact() {
        return filerContact;
    }

    public String getFilerLanguage() {
        return filerLanguage;
    }

    public String getContent() {
        return content;
    }

    public String getLeads() {
        return leads;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public String getTriageReason() {
        return triageReason;
    }

    public Long getAssignedUnitId() {
        return assignedUnitId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getFindings() {
        return findings;
    }

    public String getFindingsBy() {
        return findingsBy;
    }

    public Instant getFindingsAt() {
        return findingsAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
