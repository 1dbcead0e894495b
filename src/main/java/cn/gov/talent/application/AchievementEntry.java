package cn.gov.talent.application;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * 业绩成果: an award, a project led, a paper, a patent... {@code kind} is one of the category's
 * achievement conditions (or OTHER); evidence is an attachment of that kind.
 */
public class AchievementEntry {

    private String kind;

    @Size(max = 1000, message = "{dossier.text.tooLong}")
    private String description;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    /** 级别: NATIONAL, PROVINCIAL, MUNICIPAL or OTHER. */
    @Pattern(regexp = "(NATIONAL|PROVINCIAL|MUNICIPAL|OTHER)?",
            message = "{dossier.level.invalid}")
    private String level;

    /** 等级: the award's grade, 0 for 特等奖, 1 for 一等奖 … 3 for 三等奖; empty when not an award. */
    @Min(value = 0, message = "{dossier.grade.invalid}")
    @Max(value = 3, message = "{dossier.grade.invalid}")
    private Integer grade;

    /** 排名: the applicant's place among the award's or project's contributors. */
    @Min(value = 1, message = "{dossier.rank.invalid}")
    @Max(value = 99, message = "{dossier.rank.invalid}")
    private Integer rank;

    boolean isBlank() {
        return (kind == null || kind.isBlank()) && (description == null || description.isBlank()) && date == null;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level == null || level.isBlank() ? null : level;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
