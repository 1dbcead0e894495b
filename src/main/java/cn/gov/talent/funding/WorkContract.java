package cn.gov.talent.funding;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 工作合同: the work contract on file for a talent record and the day the person took it up (正式履行工作合同,
 * 002 art. 27), which releases a one-time grant and allows an extension of research funds (art. 28). The
 * file is kept in the attachment store under its SHA-256; a later contract replaces it.
 */
@Entity
@Table(name = "funding_contract")
public class WorkContract {

    @Id
    @Column(name = "talent_record_id")
    private Long talentRecordId;

    @Column(name = "taken_up_on")
    private LocalDate takenUpOn;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected WorkContract() {
    }

    WorkContract(long talentRecordId) {
        this.talentRecordId = talentRecordId;
    }

    void record(LocalDate takenUpOn, String fileName, String contentType, long sizeBytes, String sha256, String by,
            Instant at) {
        this.takenUpOn = takenUpOn;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getTalentRecordId() {
        return talentRecordId;
    }

    public LocalDate getTakenUpOn() {
        return takenUpOn;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
