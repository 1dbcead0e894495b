package cn.gov.talent.yearend;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The year's report as the office opened it: the year (one report a year) and the deadline. */
@Entity
@Table(name = "year_end_round")
public class YearEndRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int year;

    private LocalDate deadline;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Version
    private long version;

    protected YearEndRound() {
    }

    YearEndRound(int year, LocalDate deadline, String openedBy, Instant openedAt) {
        this.year = year;
        this.deadline = deadline;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    /** Whether the deadline has passed on this day. */
    public boolean pastDeadline(LocalDate today) {
        return today.isAfter(deadline);
    }
}
