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
 * 申报资格条件的说明 (002 art. 23): an objection concerning the conditions of eligibility, put to the
 * applicant's employer (申报单位) by the office or the investigating unit; the employer's written
 * explanation, with proof from an independent third party (the files of source EMPLOYER tied to it).
 */
@Entity
@Table(name = "objection_explanation")
class ObjectionExplanation {

    /** Who put the matter to the employer. */
    public enum AskedBy { OFFICE, UNIT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "objection_id")
    private long objectionId;

    @Column(name = "employer_unit_id")
    private long employerUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "asked_by_kind")
    private AskedBy askedByKind;

    private String matter;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "asked_by")
    private String askedBy;

    @Column(name = "asked_at")
    private Instant askedAt;

    private String explanation;

    @Column(name = "proof_issuer")
    private String proofIssuer;

    @Column(name = "explained_by")
    private String explainedBy;

    @Column(name = "explained_at")
    private Instant explainedAt;

    @Version
    private long version;

    protected ObjectionExplanation() {
    }

    ObjectionExplanation(long objectionId, long employerUnitId, AskedBy askedByKind, String matter, LocalDate dueOn,
            String askedBy, Instant askedAt) {
        this.objectionId = objectionId;
        this.employerUnitId = employerUnitId;
        this.askedByKind = askedByKind;
        this.matter = matter;
        this.dueOn = dueOn;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
    }

    void explain(String explanation, String proofIssuer, String by, Instant at) {
        this.explanation = explanation;
        this.proofIssuer = proofIssuer;
        this.explainedBy = by;
        this.explainedAt = at;
    }

    /** The employer has answered, with its proofs. */
    public boolean isExplained() {
        return explainedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getObjectionId() {
        return objectionId;
    }

    public long getEmployerUnitId() {
        return employerUnitId;
    }

    public AskedBy getAskedByKind() {
        return askedByKind;
    }

    public String getMatter() {
        return matter;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getProofIssuer() {
        return proofIssuer;
    }

    public String getExplainedBy() {
        return explainedBy;
    }

    public Instant getExplainedAt() {
        return explainedAt;
    }

    public long getVersion() {
        return version;
    }
}
