package cn.gov.talent.mobility;

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

/**
 * 转换项目类别 (002 art. 33): a person's request to convert their project from a short-term category of the
 * program to a long-term one, with the reason, and the office's decision. Scoped like the record was when asked.
 */
@Entity
@Table(name = "category_conversion")
public class Conversion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "talent_record_id")
    private long talentRecordId;

    @Column(name = "applicant_id")
    private long applicantId;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "certificate_no")
    private String certificateNo;

    @Column(name = "program_id")
    private long programId;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "unit_path")
    private String unitPath;

    @Column(name = "employer_name")
    private String employerName;

    @Column(name = "from_category_id")
    private long fromCategoryId;

    @Column(name = "from_category_name")
    private String fromCategoryName;

    @Column(name = "to_category_id")
    private long toCategoryId;

    @Column(name = "to_category_name")
    private String toCategoryName;

    @Enumerated(EnumType.STRING)
    private ConversionStatus status = ConversionStatus.REQUESTED;

    private String reason;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Conversion() {
    }

    Conversion(Transfer.Person person, Transfer.Unit unit, long fromCategoryId, String fromCategoryName,
            long toCategoryId, String toCategoryName, String reason, Instant at) {
        this.talentRecordId = person.recordId();
        this.applicantId = person.applicantId();
        this.personName = person.name();
        this.certificateNo = person.certificateNo();
        this.programId = person.programId();
        this.unitId = unit.id();
        this.unitPath = unit.path();
        this.employerName = unit.name();
        this.fromCategoryId = fromCategoryId;
        this.fromCategoryName = fromCategoryName;
        this.toCategoryId = toCategoryId;
        this.toCategoryName = toCategoryName;
        this.reason = reason;
        this.requestedAt = at;
    }

    void decided(ConversionStatus to, String reason, String by, Instant at) {
        this.status = to;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getTalentRecordId() {
        return talentRecordId;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public long getProgramId() {
        return programId;
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

    public long getFromCategoryId() {
        return fromCategoryId;
    }

    public String getFromCategoryName() {
        return fromCategoryName;
    }

    public long getToCategoryId() {
        return toCategoryId;
    }

    public String getToCategoryName() {
        return toCategoryName;
    }

    public ConversionStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getDecisionReason() {
        return decisionReason;
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

    public long getVersion() {
        return version;
    }

    String label() {
        return personName + " " + certificateNo;
    }
}
