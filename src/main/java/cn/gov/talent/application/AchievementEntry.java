package cn.gov.talent.application;

import java.time.LocalDate;

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

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
