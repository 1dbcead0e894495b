package cn.gov.talent.publication;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 公示: a batch's proposed list shown to the public for N working days, open to objections. */
@Entity
@Table(name = "public_notice")
public class PublicNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id")
    private long batchId;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "working_days")
    private int workingDays;

    @Column(name = "how_to_object")
    private String howToObject;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The years whose working-day calendar was not maintained when the notice started (2027、2028), or null. */
    @Column(name = "calendar_unverified_years")
    private String calendarUnverifiedYears;

    @Version
    private long version;

    protected PublicNotice() {
    }

    PublicNotice(long batchId, LocalDate startsOn, LocalDate endsOn, int workingDays, String howToObject,
            String startedBy, Instant startedAt, String calendarUnverifiedYears) {
        this.batchId = batchId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.workingDays = workingDays;
        this.howToObject = howToObject;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.calendarUnverifiedYears = calendarUnverifiedYears;
    }

    /** Objections are taken from the first day to the last day of the period, both included. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean hasEndedBefore(LocalDate day) {
        return day.isAfter(endsOn);
    }

    void markApproved(Instant at) {
        this.approvedAt = at;
    }

    void markPublished(Instant at) {
        this.publishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public String getHowToObject() {
        return howToObject;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /**
     * The years (2027, or 2027、2028) whose working-day calendar was not maintained when the notice
     * started, so that the office checked and confirmed the end date by hand; null when the end was
     * computed over maintained years only.
     */
    public String getCalendarUnverifiedYears() {
        return calendarUnverifiedYears;
    }
}
