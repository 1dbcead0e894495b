package cn.gov.talent.application;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.gov.talent.program.eligibility.Degree;

/** 教育经历: one degree course. */
public class EducationEntry {

    @Size(max = 100, message = "{dossier.text.tooLong}")
    private String school;

    @Size(max = 100, message = "{dossier.text.tooLong}")
    private String major;

    private Degree degree = Degree.NONE;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;

    boolean isBlank() {
        return (school == null || school.isBlank()) && (major == null || major.isBlank()) && start == null
                && end == null;
    }

    @AssertTrue(message = "{dossier.period.order}")
    public boolean isOrdered() {
        return start == null || end == null || !end.isBefore(start);
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major;
    }

    public Degree getDegree() {
        return degree;
    }

    public void setDegree(Degree degree) {
        this.degree = degree;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }
}
