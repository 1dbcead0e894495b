package cn.gov.talent.tracking;

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
 * 成果: a paper, monograph, patent, award, report, standard or achievement transferred, with its date,
 * level, the person's rank, evidence, and — for outputs the program funded — whether it carries the
 * program's acknowledgement ("江西省高层次高技能领军人才培养工程项目资助", 004 §四(二)).
 */
@Entity
@Table(name = "talent_output")
public class TalentOutput {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "talent_record_id")
    private long talentRecordId;

    @Column(name = "yearly_report_id")
    private Long yearlyReportId;

    @Enumerated(EnumType.STRING)
    private OutputKind kind;

    private String title;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    @Enumerated(EnumType.STRING)
    private OutputLevel level;

    @Column(name = "author_rank")
    private int authorRank;

    private boolean funded;

    private boolean acknowledged;

    private boolean major;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String sha256;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected TalentOutput() {
    }

    TalentOutput(long talentRecordId, OutputKind kind, String title, LocalDate achievedOn, OutputLevel level,
            int authorRank, boolean funded, boolean acknowledged, boolean major, String recordedBy,
            Instant recordedAt) {
        this.talentRecordId = talentRecordId;
        this.kind = kind;
        this.title = title;
        this.achievedOn = achievedOn;
        this.level = level;
        this.authorRank = authorRank;
        this.funded = funded;
        this.acknowledged = acknowledged;
        this.major = major;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void attach(String fileName, String contentType, long sizeBytes, String sha256) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    void inReport(long reportId) {
        this.yearlyReportId = reportId;
    }

    /** Funded by the program but without its acknowledgement: marked in every list (004 §四(二)). */
    public boolean isMissingAcknowledgement() {
        return funded && !acknowledged;
    }

    public Long getId() {
        return id;
    }

    public long getTalentRecordId() {
        return talentRecordId;
    }

    public Long getYearlyReportId() {
        return yearlyReportId;
    }

    public OutputKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }

    public OutputLevel getLevel() {
        return level;
    }

    public int getAuthorRank() {
        return authorRank;
    }

    public boolean isFunded() {
        return funded;
    }

    public boolean isAcknowledged() {
        return acknowledged;
    }

    public boolean isMajor() {
        return major;
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

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
