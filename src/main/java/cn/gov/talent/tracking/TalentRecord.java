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

import cn.gov.talent.organization.Region;
import cn.gov.talent.program.eligibility.TitleLevel;

/**
 * 人选档案: a selected person of a published list, with the certificate's serial number (program
 * code–year–sequence) and the verification code printed on it, the employer it follows (its data
 * scope), its support cycle and its state ({@link TalentLifecycle}); and the profile the 人选信息库 filters
 * and the statistics group on (ADR 0030): gender and birth date (from the ID number), the keyed hash of the
 * number, discipline and its group, title level, the recommending unit above the employer, the employer's
 * province and region, and the last assessment grade with its year. The profile is copied when the record
 * is created and kept in step by the services that change what it copies.
 */
@Entity
@Table(name = "talent_record")
public class TalentRecord {

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
    private TalentStatus status = TalentStatus.ACTIVE;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "unit_path")
    private String unitPath;

    @Column(name = "cycle_start")
    private LocalDate cycleStart;

    @Column(name = "cycle_end")
    private LocalDate cycleEnd;

    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "id_hash")
    private String idHash;

    @Column(name = "discipline_code")
    private String disciplineCode;

    @Column(name = "discipline_group")
    private String disciplineGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_level")
    private TitleLevel titleLevel;

    @Column(name = "recommender_unit_id")
    private Long recommenderUnitId;

    @Column(name = "recommender_name")
    private String recommenderName;

    @Column(name = "province_code")
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_grade")
    private Grade lastGrade;

    @Column(name = "last_grade_year")
    private Integer lastGradeYear;

    @Version
    private long version;

    protected TalentRecord() {
    }

    TalentRecord(long applicationId, long batchId, long programId, long categoryId, int year, long applicantId,
            String personName, String employerName, long unitId, String unitPath, String certificateNo,
            String verificationCode, LocalDate issuedOn, int supportYears, Instant createdAt) {
        this.createdAt = createdAt;
        this.unitId = unitId;
        this.unitPath = unitPath;
        SupportCycle cycle = new SupportCycle(issuedOn, supportYears);
        this.cycleStart = cycle.start();
        this.cycleEnd = cycle.end();
        this.statusChangedOn = issuedOn;
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

    public TalentStatus getStatus() {
        return status;
    }

    void changeStatus(TalentStatus to, LocalDate on) {
        this.status = to;
        this.statusChangedOn = on;
    }

    /** The person moved to another employer (an approved transfer): the record and its data scope follow. */
    void moveTo(long unitId, String unitPath, String employerName) {
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.employerName = employerName;
    }

    /** Who the person is, as the ID number tells: gender, birth date, and the number's keyed hash. */
    void describePerson(Gender gender, LocalDate birthDate, String idHash) {
        this.gender = gender;
        this.birthDate = birthDate;
        this.idHash = idHash;
    }

    /** The person's field as the dossier filed it: discipline, its group (五大类), title level. */
    void describeField(String disciplineCode, String disciplineGroup, TitleLevel titleLevel) {
        this.disciplineCode = disciplineCode;
        this.disciplineGroup = disciplineGroup;
        this.titleLevel = titleLevel;
    }

    /** Where the employer stands: the recommending unit above it, its province and region (null: not recorded). */
    void place(Long recommenderUnitId, String recommenderName, String provinceCode, Region region) {
        this.recommenderUnitId = recommenderUnitId;
        this.recommenderName = recommenderName;
        this.provinceCode = provinceCode;
        this.region = region;
    }

    /**
     * An assessment's grade, of the year its period ends: kept as the last grade unless one of a later year
     * is already on the record. {@code always}: the final assessment, which closes the cycle, is the last word.
     */
    void gradeRecorded(Grade grade, int year, boolean always) {
        if (always || lastGradeYear == null || year >= lastGradeYear) {
            this.lastGrade = grade;
            this.lastGradeYear = year;
        }
    }

    /** The person's project converted to another category of the same program (002 art. 33). */
    void convertTo(long categoryId) {
        this.categoryId = categoryId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public LocalDate getCycleStart() {
        return cycleStart;
    }

    public LocalDate getCycleEnd() {
        return cycleEnd;
    }

    /** The cycle, in whole years from its start to its end. */
    public SupportCycle cycle() {
        int years = 1;
        while (cycleStart.plusYears(years).isBefore(cycleEnd)) {
            years++;
        }
        return new SupportCycle(cycleStart, years);
    }

    public LocalDate getStatusChangedOn() {
        return statusChangedOn;
    }

    public long getVersion() {
        return version;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** The keyed hash of the person's ID number (never the number): the exact look-up by number. */
    public String getIdHash() {
        return idHash;
    }

    public String getDisciplineCode() {
        return disciplineCode;
    }

    public String getDisciplineGroup() {
        return disciplineGroup;
    }

    public TitleLevel getTitleLevel() {
        return titleLevel;
    }

    public Long getRecommenderUnitId() {
        return recommenderUnitId;
    }

    public String getRecommenderName() {
        return recommenderName;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public Region getRegion() {
        return region;
    }

    public Grade getLastGrade() {
        return lastGrade;
    }

    public Integer getLastGradeYear() {
        return lastGradeYear;
    }

    /** The age band on a date, from the birth date (UNKNOWN without one). */
    public AgeBand ageBand(LocalDate on) {
        return AgeBand.of(birthDate, on);
    }
}
