package cn.gov.talent.application;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** 工作经历: one post; country as an ISO code, CN for China; no end date means "until now". */
public class WorkEntry {

    @Size(max = 100, message = "{dossier.text.tooLong}")
    private String employer;

    @Pattern(regexp = "([A-Za-z]{2})?", message = "{dossier.country.invalid}")
    private String country = "CN";

    @Size(max = 100, message = "{dossier.text.tooLong}")
    private String position;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;

    private boolean fullTime = true;

    boolean isBlank() {
        return (employer == null || employer.isBlank()) && (position == null || position.isBlank()) && start == null
                && end == null;
    }

    @AssertTrue(message = "{dossier.period.order}")
    public boolean isOrdered() {
        return start == null || end == null || !end.isBefore(start);
    }

    @AssertTrue(message = "{dossier.work.startRequired}")
    public boolean isStarted() {
        return isBlank() || start != null;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null ? null : country.trim().toUpperCase();
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
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

    public boolean isFullTime() {
        return fullTime;
    }

    public void setFullTime(boolean fullTime) {
        this.fullTime = fullTime;
    }
}
