package cn.gov.talent.recommendation;

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
 * 推荐名单: one recommending unit's list for one batch: how it evaluated, its local public notice,
 * and its forwarding to the office, after which the list is locked.
 */
@Entity
@Table(name = "nomination_list")
class NominationList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id")
    private long batchId;

    @Column(name = "unit_id")
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_method")
    private EvaluationMethod evaluationMethod;

    @Column(name = "evaluation_date")
    private LocalDate evaluationDate;

    @Column(name = "evaluation_summary")
    private String evaluationSummary;

    @Column(name = "notice_starts")
    private LocalDate noticeStarts;

    @Column(name = "notice_ends")
    private LocalDate noticeEnds;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_result")
    private NoticeResult noticeResult;

    @Column(name = "notice_note")
    private String noticeNote;

    @Column(name = "forwarded_at")
    private Instant forwardedAt;

    @Column(name = "forwarded_by")
    private String forwardedBy;

    @Column(name = "deadline_extended_to")
    private LocalDate deadlineExtendedTo;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Version
    private long version;

    protected NominationList() {
    }

    void recordEvaluation(EvaluationMethod method, LocalDate date, String summary) {
        this.evaluationMethod = method;
        this.evaluationDate = date;
        this.evaluationSummary = summary;
    }

    void confirmNotice(LocalDate starts, LocalDate ends, NoticeResult result, String note) {
        this.noticeStarts = starts;
        this.noticeEnds = ends;
        this.noticeResult = result;
        this.noticeNote = note;
    }

    void markForwarded(String by, Instant at) {
        this.forwardedBy = by;
        this.forwardedAt = at;
    }

    void extendDeadline(LocalDate to, String reason) {
        this.deadlineExtendedTo = to;
        this.extensionReason = reason;
    }

    public boolean isForwarded() {
        return forwardedAt != null;
    }

    public boolean isNoticeConfirmed() {
        return noticeResult != null && noticeStarts != null && noticeEnds != null;
    }

    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public long getUnitId() {
        return unitId;
    }

    public EvaluationMethod getEvaluationMethod() {
        return evaluationMethod;
    }

    public LocalDate getEvaluationDate() {
        return evaluationDate;
    }

    public String getEvaluationSummary() {
        return evaluationSummary;
    }

    public LocalDate getNoticeStarts() {
        return noticeStarts;
    }

    public LocalDate getNoticeEnds() {
        return noticeEnds;
    }

    public NoticeResult getNoticeResult() {
        return noticeResult;
    }

    public String getNoticeNote() {
        return noticeNote;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    public String getForwardedBy() {
        return forwardedBy;
    }

    public LocalDate getDeadlineExtendedTo() {
        return deadlineExtendedTo;
    }

    public String getExtensionReason() {
        return extensionReason;
    }
}
