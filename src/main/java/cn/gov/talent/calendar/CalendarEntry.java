package cn.gov.talent.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** A row of {@code calendar_day}; the day is its own key. */
@Entity
@Table(name = "calendar_day")
class CalendarEntry implements Persistable<LocalDate> {

    @Id
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    private DayKind kind;

    private String name;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The key is assigned, not generated: without this flag saving a new day would first look it up. */
    @Transient
    private boolean fresh;

    protected CalendarEntry() {
    }

    CalendarEntry(LocalDate day) {
        this.day = day;
        this.fresh = true;
    }

    @Override
    public LocalDate getId() {
        return day;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    void change(DayKind kind, String name, String updatedBy, Instant updatedAt) {
        this.kind = kind;
        this.name = name;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    LocalDate getDay() {
        return day;
    }

    DayKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    CalendarDay toDay() {
        return new CalendarDay(day, kind, name, updatedBy, updatedAt);
    }
}
