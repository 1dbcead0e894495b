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

/**
 * 人选: a selected person of a published list, with the certificate's serial number (program
 * code–year–sequence) and the verification code printed on it.
 */
@Entity
@Table(name = "talent_record")
class TalentRecord {

    public enum Status { ACTIVE, COMPLETED, WITHDRAWN, PERSUADED_OUT, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "batch_id")
    private long batchId;

    @Column(name = "program_id")
    private long programId;

    @Column(name = "category_id")
    private long categoryId;

    private int year;

    @Column(name = "applicant_id")
    private long applicantId;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "employer_name")
    private String employerName;

    @Column(name = "certificate_no")
    private String certificateNo;

    @Column(name = "verification_code")
    private String verificationCode;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    private Status status = Status.ACTIVE;

    @Column(name = "created_at")
    private Instant createdAt;

    protected TalentRecord() {
    }

    TalentRecord(long applicationId, long batchId, long programId, long categoryId, int year, long applicantId,
            String personName, String employerName, String certificateNo, String verificationCode,
            LocalDate issuedOn, Instant createdAt) {
        this.createdAt = createdAt;
        this.applicationId = applicationId;
        this.batchId = batchId;
        this.programId = programId;
        this.categoryId = categoryId;
        this.year = year;
        this.applicantId = applicantId;
        this.personName = personName;
        this.employerName = employerName;
        this.certificateNo = certificateNo;
        this.verificationCode = verificationCode;
        this.issuedOn = issuedOn;
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getBatchId() {
        return batchId;
    }

    public long getProgramId() {
        return programId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public int getYear() {
        return year;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getEmployerName() {
        return employerName;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Status getStatus() {
        return status;
    }
}
