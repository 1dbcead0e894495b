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
import jakarta.persistence.Version;

/** 年度总结与考核: the person's report on a year of the cycle, the employer's grade, the confirmations. */
@Entity
@Table(name = "yearly_report")
public class YearlyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "talent_record_id")
    private long talentRecordId;

    @Column(name = "cycle_year")
    private int cycleYear;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.SUBMITTED;

    private String progress;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    @Column(name = "employer_opinion")
    private String employerOpinion;

    @Column(name = "graded_by")
    private String gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "filed_by")
    private String filedBy;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Version
    private long version;

    protected YearlyReport() {
    }

    YearlyReport(long talentRecordId, int cycleYear, LocalDate dueOn, String progress, Instant submittedAt) {
        this.talentRecordId = talentRecordId;
        this.cycleYear = cycleYear;
        this.dueOn = dueOn;
        this.progress = progress;
        this.submittedAt = submittedAt;
    }

    void resubmit(String progress, Instant at) {
        this.progress = progress;
        this.submittedAt = at;
        this.returnReason = null;
    }

    void graded(Grade grade, String opinion, String by, Instant at) {
        this.grade = grade;
        this.employerOpinion = opinion;
        this.gradedBy = by;
        this.gradedAt = at;
    }

    void returned(String reason) {
        this.returnReason = reason;
    }

    void confirmed(String by, Instant at) {
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    void filed(String by, Instant at) {
        this.filedBy = by;
        this.filedAt = at;
    }

    void moveTo(ReportStatus to) {
        this.status = to;
    }

    public Long getId() {
        return id;
    }

    public long getTalentRecordId() {
        return talentRecordId;
    }

    public int getCycleYear() {
        return cycleYear;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getProgress() {
        return progress;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Grade getGrade() {
        return grade;
    }

    public String getEmployerOpinion() {
        return employerOpinion;
    }

    public String getGradedBy() {
        return gradedBy;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public long getVersion() {
        return version;
    }
}
