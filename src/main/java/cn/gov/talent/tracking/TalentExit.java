package cn.gov.talent.tracking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 退出: a withdrawal the person asked for, or a persuasion / revocation the employer proposed with its
 * evidence; passed up by the recommending unit (proposals only) and decided by the office.
 */
@Entity
@Table(name = "talent_exit")
public class TalentExit {

    /** What was decided, or how the case ended without a decision on it. */
    public enum Decision { APPROVED, REJECTED, RETURNED, CANCELLED }

    /** The grounds the seeds name (002 art. 36). */
    public enum Ground {
        PERSONAL, FAMILY, NOT_TAKEN_UP, TIME_ON_POST, FRAUD, MISCONDUCT, LAW;

        public String messageKey() {
            return "talent.exit.ground." + name();
        }

        /** Whether a ground fits a kind of exit. */
        public boolean fits(ExitKind kind) {
            return switch (kind) {
                case WITHDRAWAL -> this == PERSONAL || this == FAMILY;
                case PERSUASION -> this == NOT_TAKEN_UP || this == TIME_ON_POST;
                case REVOCATION -> this == FRAUD || this == MISCONDUCT || this == LAW;
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "talent_record_id")
    private long talentRecordId;

    @Enumerated(EnumType.STRING)
    private ExitKind kind;

    @Enumerated(EnumType.STRING)
    private Ground ground;

    private String reason;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String sha256;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "forwarded_by")
    private String forwardedBy;

    @Column(name = "forwarded_at")
    private Instant forwardedAt;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected TalentExit() {
    }

    TalentExit(long talentRecordId, ExitKind kind, Ground ground, String reason, String proposedBy,
            Instant proposedAt) {
        this.talentRecordId = talentRecordId;
        this.kind = kind;
        this.ground = ground;
        this.reason = reason;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    void attach(String fileName, String contentType, long sizeBytes, String sha256) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    void forwarded(String by, Instant at) {
        this.forwardedBy = by;
        this.forwardedAt = at;
    }

    void decided(Decision decision, String reason, String by, Instant at) {
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean isOpen() {
        return decidedAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getTalentRecordId() {
        return talentRecordId;
    }

    public ExitKind getKind() {
        return kind;
    }

    public Ground getGround() {
        return ground;
    }

    public String getReason() {
        return reason;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getForwardedBy() {
        return forwardedBy;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
