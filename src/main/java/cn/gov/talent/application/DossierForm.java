package cn.gov.talent.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.gov.talent.program.eligibility.Degree;
import cn.gov.talent.program.eligibility.SkillLevel;
import cn.gov.talent.program.eligibility.TitleLevel;

/**
 * 申报材料: the dossier as the applicant fills it in, section by section. The same shape is
 * stored as JSON for the working copy and for every submitted version. A draft may be
 * incomplete; what submission needs is decided by the eligibility check.
 */
public class DossierForm {

    /** No stored dossier yet: a form opened before the first save. */
    public static final long UNSAVED = -1;

    /** The stored version this form was read from: a second tab saving older data is refused. */
    private long version = UNSAVED;

    @Pattern(regexp = "(\\d{3})?", message = "{dossier.discipline.invalid}")
    private String disciplineCode;

    @Pattern(regexp = "(1[3-9]\\d{9})?", message = "{register.phone.pattern}")
    private String phone;

    @Email(message = "{register.email.pattern}")
    @Size(max = 100, message = "{dossier.text.tooLong}")
    private String email;

    private Degree degree = Degree.NONE;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate phdDate;

    private TitleLevel title = TitleLevel.NONE;

    @Size(max = 100, message = "{dossier.text.tooLong}")
    private String titleName;

    private SkillLevel skill = SkillLevel.NONE;

    @Valid
    private List<EducationEntry> educations = new ArrayList<>();

    @Valid
    private List<WorkEntry> work = new ArrayList<>();

    @Valid
    private List<AchievementEntry> achievements = new ArrayList<>();

    @Size(max = 4000, message = "{dossier.longText.tooLong}")
    private String trainingGoals;

    @Size(max = 4000, message = "{dossier.longText.tooLong}")
    private String supportMeasures;

    /** 不得申报情形 the applicant declares to hold (codes). */
    private Set<String> exclusionsHeld = new LinkedHashSet<>();

    /** The category's declared conditions (申报人声明的条件) the applicant declares to meet (codes). */
    private Set<String> conditionsDeclared = new LinkedHashSet<>();

    /** 回避专家: at most three names the applicant asks not to be reviewed by. */
    private List<String> avoidExperts = new ArrayList<>();

    private boolean exceptionRequested;

    /** The attachments at submission; filled by the service, never bound from a request. */
    private List<AttachmentRef> attachments = new ArrayList<>();

    @Size(max = 4000, message = "{dossier.longText.tooLong}")
    private String exceptionJustification;

    /** Blank rows of the repeating sections are dropped; the page shows two spare rows again. */
    public DossierForm withoutBlankRows() {
        educations.removeIf(EducationEntry::isBlank);
        work.removeIf(WorkEntry::isBlank);
        achievements.removeIf(AchievementEntry::isBlank);
        avoidExperts.removeIf(name -> name == null || name.isBlank());
        return this;
    }

    public DossierForm withSpareRows() {
        for (int i = 0; i < 2; i++) {
            educations.add(new EducationEntry());
            work.add(new WorkEntry());
            achievements.add(new AchievementEntry());
        }
        while (avoidExperts.size() < 3) {
            avoidExperts.add("");
        }
        return this;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getDisciplineCode() {
        return disciplineCode;
    }

    public void setDisciplineCode(String disciplineCode) {
        this.disciplineCode = disciplineCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Degree getDegree() {
        return degree;
    }

    public void setDegree(Degree degree) {
        this.degree = degree;
    }

    public LocalDate getPhdDate() {
        return phdDate;
    }

    public void setPhdDate(LocalDate phdDate) {
        this.phdDate = phdDate;
    }

    public TitleLevel getTitle() {
        return title;
    }

    public void setTitle(TitleLevel title) {
        this.title = title;
    }

    public String getTitleName() {
        return titleName;
    }

    public void setTitleName(String titleName) {
        this.titleName = titleName;
    }

    public SkillLevel getSkill() {
        return skill;
    }

    public void setSkill(SkillLevel skill) {
        this.skill = skill;
    }

    public List<EducationEntry> getEducations() {
        return educations;
    }

    public void setEducations(List<EducationEntry> educations) {
        this.educations = educations;
    }

    public List<WorkEntry> getWork() {
        return work;
    }

    public void setWork(List<WorkEntry> work) {
        this.work = work;
    }

    public List<AchievementEntry> getAchievements() {
        return achievements;
    }

    public void setAchievements(List<AchievementEntry> achievements) {
        this.achievements = achievements;
    }

    public String getTrainingGoals() {
        return trainingGoals;
    }

    public void setTrainingGoals(String trainingGoals) {
        this.trainingGoals = trainingGoals;
    }

    public String getSupportMeasures() {
        return supportMeasures;
    }

    public void setSupportMeasures(String supportMeasures) {
        this.supportMeasures = supportMeasures;
    }

    public Set<String> getExclusionsHeld() {
        return exclusionsHeld;
    }

    public void setExclusionsHeld(Set<String> exclusionsHeld) {
        this.exclusionsHeld = exclusionsHeld;
    }

    public Set<String> getConditionsDeclared() {
        return conditionsDeclared;
    }

    public void setConditionsDeclared(Set<String> conditionsDeclared) {
        this.conditionsDeclared = conditionsDeclared == null ? new LinkedHashSet<>() : conditionsDeclared;
    }

    public List<String> getAvoidExperts() {
        return avoidExperts;
    }

    public void setAvoidExperts(List<String> avoidExperts) {
        this.avoidExperts = avoidExperts;
    }

    public List<AttachmentRef> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<AttachmentRef> attachments) {
        this.attachments = attachments;
    }

    public boolean isExceptionRequested() {
        return exceptionRequested;
    }

    public void setExceptionRequested(boolean exceptionRequested) {
        this.exceptionRequested = exceptionRequested;
    }

    public String getExceptionJustification() {
        return exceptionJustification;
    }

    public void setExceptionJustification(String exceptionJustification) {
        this.exceptionJustification = exceptionJustification;
    }
}
