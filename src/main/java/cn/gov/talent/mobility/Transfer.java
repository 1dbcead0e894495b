package cn.gov.talent.mobility;

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
 * 工作单位转换: one person's move from the employer their record belongs to to a receiving employer, with the
 * recommending unit above the receiving employer that reviews it (主管部门), the person's reason (and, in the
 * first term, why the move is necessary), the advisory panel's opinion where one is needed, the receiving
 * employer's note on the materials, and where it stands ({@link TransferFlow}).
 */
@Entity
@Table(name = "transfer")
public class Transfer {

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

    @Column(name = "category_id")
    private long categoryId;

    @Column(name = "from_unit_id")
    private long fromUnitId;

    @Column(name = "from_unit_path")
    private String fromUnitPath;

    @Column(name = "from_employer_name")
    private String fromEmployerName;

    @Column(name = "to_unit_id")
    private long toUnitId;

    @Column(name = "to_unit_path")
    private String toUnitPath;

    @Column(name = "to_employer_name")
    private String toEmployerName;

    @Column(name = "reviewer_unit_id")
    private long reviewerUnitId;

    @Column(name = "reviewer_unit_name")
    private String reviewerUnitName;

    @Enumerated(EnumType.STRING)
    private TransferStatus status = TransferStatus.REQUESTED;

    private String reason;

    private String necessity;

    @Column(name = "first_term")
    private boolean firstTerm;

    @Column(name = "first_term_ends")
    private LocalDate firstTermEnds;

    @Column(name = "panel_required")
    private boolean panelRequired;

    @Column(name = "panel_agreed")
    private Boolean panelAgreed;

    @Column(name = "panel_opinion")
    private String panelOpinion;

    @Column(name = "panel_recorded_by")
    private String panelRecordedBy;

    @Column(name = "panel_recorded_at")
    private Instant panelRecordedAt;

    @Column(name = "compile_note")
    private String compileNote;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Version
    private long version;

    protected Transfer() {
    }

    /** The person's request, as the rules allowed it. */
    Transfer(Person person, Unit from, Unit to, Unit reviewer, String reason, String necessity, boolean firstTerm,
            LocalDate firstTermEnds, boolean panelRequired, Instant at) {
        this.talentRecordId = person.recordId();
        this.applicantId = person.applicantId();
        this.personName = person.name();
        this.certificateNo = person.certificateNo();
        this.programId = person.programId();
        this.categoryId = person.categoryId();
        this.fromUnitId = from.id();
        this.fromUnitPath = from.path();
        this.fromEmployerName = from.name();
        this.toUnitId = to.id();
        this.toUnitPath = to.path();
        this.toEmployerName = to.name();
        this.reviewerUnitId = reviewer.id();
        this.reviewerUnitName = reviewer.name();
        this.reason = reason;
        this.necessity = necessity;
        this.firstTerm = firstTerm;
        this.firstTermEnds = firstTermEnds;
        this.panelRequired = panelRequired;
        this.requestedAt = at;
        this.statusChangedAt = at;
    }

    /** Who moves: the record, its holder, name, certificate, program and category. */
    record Person(long recordId, long applicantId, String name, String certificateNo, long programId,
            long categoryId) {
    }

    /** A unit as the transfer keeps it. */
    record Unit(long id, String path, String name) {
    }

    void changeStatus(TransferStatus to, Instant at) {
        this.status = to;
        this.statusChangedAt = at;
    }

    void refused(String reason) {
        this.refusalReason = reason;
    }

    void compiled(String note) {
        this.compileNote = note;
    }

    void panelOpinion(boolean agreed, String opinion, String by, Instant at) {
        this.panelAgreed = agreed;
        this.panelOpinion = opinion;
        this.panelRecordedBy = by;
        this.panelRecordedAt = at;
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

    public long getCategoryId() {
        return categoryId;
    }

    public long getFromUnitId() {
        return fromUnitId;
    }

    public String getFromUnitPath() {
        return fromUnitPath;
    }

    public String getFromEmployerName() {
        return fromEmployerName;
    }

    public long getToUnitId() {
        return toUnitId;
    }

    public String getToUnitPath() {
        return toUnitPath;
    }

    public String getToEmployerName() {
        return toEmployerName;
    }

    public long getReviewerUnitId() {
        return reviewerUnitId;
    }

    public String getReviewerUnitName() {
        return reviewerUnitName;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getNecessity() {
        return necessity;
    }

    public boolean isFirstTerm() {
        return firstTerm;
    }

    public LocalDate getFirstTermEnds() {
        return firstTermEnds;
    }

    public boolean isPanelRequired() {
        return panelRequired;
    }

    public Boolean getPanelAgreed() {
        return panelAgreed;
    }

    public String getPanelOpinion() {
        return panelOpinion;
    }

    public String getPanelRecordedBy() {
        return panelRecordedBy;
    }

    public Instant getPanelRecordedAt() {
        return panelRecordedAt;
    }

    public String getCompileNote() {
        return compileNote;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public long getVersion() {
        return version;
    }

    /** How the audit trail and the notifications name it. */
    String label() {
        return personName + " " + certificateNo;
    }
}
