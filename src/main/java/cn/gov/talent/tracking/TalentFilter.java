package cn.gov.talent.tracking;

import java.time.LocalDate;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;

import cn.gov.talent.organization.Region;
import cn.gov.talent.program.eligibility.TitleLevel;

/**
 * The filters of the talent list, the 人选信息库: bound from the query string, checked in SQL. The ID
 * number is typed into {@code idNumber} but never kept: the page turns it into the keyed hash
 * ({@code idHash}) before anything is searched, so the number stays out of addresses, the history and the
 * download audit; and only the office and the supervisor search by it (for everyone else it is ignored).
 */
public class TalentFilter {

    private TalentStatus status;

    private Long programId;

    private Integer year;

    /** The start of a name or of a certificate number. */
    private String q;

    /** An ID number as typed: turned into {@link #idHash} by the page, never searched or kept itself. */
    private String idNumber;

    /** The keyed hash of an ID number: the exact look-up (office and supervisor only). */
    private String idHash;

    /** A part of the employer's name. */
    private String employer;

    private Long recommenderId;

    private String province;

    private Region region;

    private Long categoryId;

    private String discipline;

    private String disciplineGroup;

    private TitleLevel title;

    private Gender gender;

    private AgeBand ageBand;

    /** The date the age band is counted at; today when empty. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate ageOn;

    private Grade lastGrade;

    /** The column to sort by (one of the whitelisted ones); the list's own order when empty. */
    private TalentOrder order;

    /** {@code desc} for descending; anything else ascending. */
    private String dir;

    /** The order the list is read in: the chosen column and direction, or the newest year first. */
    public Sort sort() {
        return order == null ? TalentRecords.LIST_ORDER : order.sort(isDescending());
    }

    public boolean isDescending() {
        return "desc".equals(dir);
    }

    /** Whether a filter beyond the first row of the form (name, number, status, program, year) is set. */
    public boolean isRefined() {
        return hasText(employer) || recommenderId != null || hasText(province) || region != null
                || categoryId != null || hasText(discipline) || hasText(disciplineGroup) || title != null
                || gender != null || ageBand != null || lastGrade != null;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    public TalentStatus getStatus() {
        return status;
    }

    public void setStatus(TalentStatus status) {
        this.status = status;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getIdHash() {
        return idHash;
    }

    public void setIdHash(String idHash) {
        this.idHash = idHash;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public Long getRecommenderId() {
        return recommenderId;
    }

    public void setRecommenderId(Long recommenderId) {
        this.recommenderId = recommenderId;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getDiscipline() {
        return discipline;
    }

    public void setDiscipline(String discipline) {
        this.discipline = discipline;
    }

    public String getDisciplineGroup() {
        return disciplineGroup;
    }

    public void setDisciplineGroup(String disciplineGroup) {
        this.disciplineGroup = disciplineGroup;
    }

    public TitleLevel getTitle() {
        return title;
    }

    public void setTitle(TitleLevel title) {
        this.title = title;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public LocalDate getAgeOn() {
        return ageOn;
    }

    public void setAgeOn(LocalDate ageOn) {
        this.ageOn = ageOn;
    }

    public Grade getLastGrade() {
        return lastGrade;
    }

    public void setLastGrade(Grade lastGrade) {
        this.lastGrade = lastGrade;
    }

    public TalentOrder getOrder() {
        return order;
    }

    public void setOrder(TalentOrder order) {
        this.order = order;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }
}
