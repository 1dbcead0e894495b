package cn.gov.talent.publication;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.talent.application.StoredFile;

/**
 * 报省委人才办备案 (004 §二(三)6): the office's filing of a published list with the provincial party
 * committee's talent office: when, under which document number (文号), a note, the receipt if any, and who
 * recorded it when; a correction keeps who corrected it, when and why.
 */
@Entity
@Table(name = "talent_office_filing")
class TalentOfficeFiling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id")
    private long batchId;

    @Column(name = "notice_id")
    private long noticeId;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "document_no")
    private String documentNo;

    private String note;

    @Column(name = "receipt_file_name")
    private String receiptFileName;

    @Column(name = "receipt_content_type")
    private String receiptContentType;

    @Column(name = "receipt_size_bytes")
    private Long receiptSize;

    @Column(name = "receipt_sha256")
    private String receiptSha256;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "corrected_by")
    private String correctedBy;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Column(name = "correction_reason")
    private String correctionReason;

    @Version
    private long version;

    protected TalentOfficeFiling() {
    }

    TalentOfficeFiling(long batchId, long noticeId, LocalDate filedOn, String documentNo, String note,
            StoredFile receipt, String recordedBy, Instant recordedAt) {
        this.batchId = batchId;
        this.noticeId = noticeId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        set(filedOn, documentNo, note, receipt);
    }

    /** A correction: the new values (the receipt kept unless a new one is given), who, when and why. */
    void correct(LocalDate filedOn, String documentNo, String note, StoredFile receipt, String reason, String by,
            Instant at) {
        set(filedOn, documentNo, note, receipt);
        this.correctionReason = reason;
        this.correctedBy = by;
        this.correctedAt = at;
    }

    private void set(LocalDate filedOn, String documentNo, String note, StoredFile receipt) {
        this.filedOn = filedOn;
        this.documentNo = documentNo;
        this.note = note;
        if (receipt != null) {
            this.receiptFileName = receipt.fileName();
            this.receiptContentType = receipt.contentType();
            this.receiptSize = receipt.size();
            this.receiptSha256 = receipt.sha256();
        }
    }

    public boolean hasReceipt() {
        return receiptSha256 != null;
    }

    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public String getNote() {
        return note;
    }

    public String getReceiptFileName() {
        return receiptFileName;
    }

    public String getReceiptContentType() {
        return receiptContentType;
    }

    public String getReceiptSha256() {
        return receiptSha256;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public long getVersion() {
        return version;
    }
}
