package cn.gov.talent.application;

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

import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Role;

/**
 * 申报: one person's application to one category of one batch. Its status changes only through
 * {@link Applications#fire}, which asks {@link ApplicationWorkflow}.
 */
@Entity
@Table(name = "application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "serial_no")
    private String serialNo;

    @Column(name = "batch_id")
    private long batchId;

    @Column(name = "category_id")
    private long categoryId;

    @Column(name = "applicant_id")
    private long applicantId;

    @Column(name = "applicant_name")
    private String applicantName;

    @Column(name = "employer_unit_id")
    private long employerUnitId;

    @Column(name = "employer_name")
    private String employerName;

    /** The employer's path in the organisation tree, copied when the application is created. */
    @Column(name = "unit_path")
    private String unitPath;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "program_id")
    private Long programId;

    @Column(name = "batch_year")
    private Integer batchYear;

    /**
     * The applicant's ID number, copied from the account at creation, encrypted ({@link IdNumberCipher}):
     * the dossier shows it masked and derives the birth date from it.
     */
    @Column(name = "applicant_id_number_cipher")
    private String applicantIdNumberCipher;

    /** The number's keyed hash, so that limits count the person, whatever account they use. */
    @Column(name = "applicant_id_number_hash")
    private String applicantIdNumberHash;

    /** The office's decision on the exception request: GRANTED or REFUSED, with the reason. */
    @Column(name = "exception_decision")
    private String exceptionDecision;

    @Column(name = "exception_decision_reason")
    private String exceptionDecisionReason;

    @Column(name = "discipline_code")
    private String disciplineCode;

    /** 破格申请: the applicant asked for the special-excellence exception; visible at every stage. */
    @Column(name = "exception_requested")
    private boolean exceptionRequested;

    /** When the employer first endorsed it: from then on the recommending unit may see it. */
    @Column(name = "endorsed_at")
    private Instant endorsedAt;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    /** 单位意见: the employer's opinion, given with its (last) endorsement; printed on the 申报表. */
    @Column(name = "employer_opinion")
    private String employerOpinion;

    /** The endorsing unit's name when it gave the opinion, as the form prints it. */
    @Column(name = "employer_opinion_unit")
    private String employerOpinionUnit;

    @Column(name = "employer_opinion_by")
    private Long employerOpinionBy;

    @Column(name = "employer_opinion_at")
    private Instant employerOpinionAt;

    /** 推荐意见: the recommending unit's opinion, given with the nomination; printed on the 推荐表. */
    @Column(name = "recommender_opinion")
    private String recommenderOpinion;

    @Column(name = "recommender_opinion_unit")
    private String recommenderOpinionUnit;

    @Column(name = "recommender_opinion_by")
    private Long recommenderOpinionBy;

    @Column(name = "recommender_opinion_at")
    private Instant recommenderOpinionAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Application() {
    }

    Application(String serialNo, long batchId, long categoryId, long applicantId, String applicantName,
            long employerUnitId, String employerName, String unitPath, Instant createdAt) {
        this.createdAt = createdAt;
        this.statusChangedAt = createdAt;
        this.serialNo = serialNo;
        this.batchId = batchId;
        this.categoryId = categoryId;
        this.applicantId = applicantId;
        this.applicantName = applicantName;
        this.employerUnitId = employerUnitId;
        this.employerName = employerName;
        this.unitPath = unitPath;
    }

    void recordProgram(long programId, int batchYear, IdNumberCipher.Sealed applicantIdNumber) {
        this.programId = programId;
        this.batchYear = batchYear;
        this.applicantIdNumberCipher = applicantIdNumber == null ? null : applicantIdNumber.cipher();
        this.applicantIdNumberHash = applicantIdNumber == null ? null : applicantIdNumber.hash();
    }

    void setDisciplineCode(String disciplineCode) {
        this.disciplineCode = disciplineCode == null || disciplineCode.isBlank() ? null : disciplineCode;
    }

    void decideException(boolean granted, String reason) {
        this.exceptionDecision = granted ? "GRANTED" : "REFUSED";
        this.exceptionDecisionReason = reason;
    }

    public String getExceptionDecision() {
        return exceptionDecision;
    }

    public String getExceptionDecisionReason() {
        return exceptionDecisionReason;
    }

    public String getDisciplineCode() {
        return disciplineCode;
    }

    void setExceptionRequested(boolean exceptionRequested) {
        this.exceptionRequested = exceptionRequested;
    }

    /** Keeps the employer's opinion: who gave it, for which unit (its name then), and when. */
    void recordEmployerOpinion(String opinion, String unitName, Long userId, Instant at) {
        this.employerOpinion = opinion;
        this.employerOpinionUnit = unitName;
        this.employerOpinionBy = userId;
        this.employerOpinionAt = at;
    }

    /** Keeps the recommending unit's opinion: who gave it, for which unit (its name then), and when. */
    void recordRecommenderOpinion(String opinion, String unitName, Long userId, Instant at) {
        this.recommenderOpinion = opinion;
        this.recommenderOpinionUnit = unitName;
        this.recommenderOpinionBy = userId;
        this.recommenderOpinionAt = at;
    }

    /** Only a dossier the applicant may still (re)submit may be edited: a submitted one is frozen. */
    public boolean isEditable() {
        return ApplicationWorkflow.isEditable(status);
    }

    /** Moves to the transition's target; only {@link Applications} calls this, after the workflow agreed. */
    void apply(ApplicationWorkflow.Transition transition, Instant at) {
        this.status = transition.to();
        this.statusChangedAt = at;
        if (stampsSubmission(transition)) {
            this.submittedAt = at;
        }
        if (stampsFirstEndorsement(transition) && endorsedAt == null) {
            this.endorsedAt = at;
        }
    }

    /** Whether the transition sets the submission time: the applicant's (re)submission. */
    static boolean stampsSubmission(ApplicationWorkflow.Transition transition) {
        return transition.to() == ApplicationStatus.SUBMITTED && transition.actor() == Role.APPLICANT;
    }

    /** Whether the transition sets the endorsement time, if none is set yet: the employer's endorsement. */
    static boolean stampsFirstEndorsement(ApplicationWorkflow.Transition transition) {
        return transition.to() == ApplicationStatus.ENDORSED;
    }

    public Long getId() {
        return id;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public long getBatchId() {
        return batchId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public long getEmployerUnitId() {
        return employerUnitId;
    }

    public String getEmployerName() {
        return employerName;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getProgramId() {
        return programId;
    }

    public Integer getBatchYear() {
        return batchYear;
    }

    /** The encrypted ID number, or null: {@link IdNumberCipher} masks it or tells its birth date and sex. */
    public String getApplicantIdNumberCipher() {
        return applicantIdNumberCipher;
    }

    /** The ID number's keyed hash, or null. */
    public String getApplicantIdNumberHash() {
        return applicantIdNumberHash;
    }

    public boolean isExceptionRequested() {
        return exceptionRequested;
    }

    public Instant getEndorsedAt() {
        return endorsedAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getEmployerOpinion() {
        return employerOpinion;
    }

    public String getEmployerOpinionUnit() {
        return employerOpinionUnit;
    }

    public Long getEmployerOpinionBy() {
        return employerOpinionBy;
    }

    public Instant getEmployerOpinionAt() {
        return employerOpinionAt;
    }

    public String getRecommenderOpinion() {
        return recommenderOpinion;
    }

    public String getRecommenderOpinionUnit() {
        return recommenderOpinionUnit;
    }

    public Long getRecommenderOpinionBy() {
        return recommenderOpinionBy;
    }

    public Instant getRecommenderOpinionAt() {
        return recommenderOpinionAt;
    }

    public long getVersion() {
        return version;
    }
}
