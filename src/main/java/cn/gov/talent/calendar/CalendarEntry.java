package cn.gov.talent.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code calendar_day}; the day is its own key. */
@Entity
@Table(name = "calendar_day")
class CalendarEntry extends CalendarRecord<LocalDate> {

    @Id
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    private DayKind kind;

    private String name;

    protected CalendarEntry() {
    }

    CalendarEntry(LocalDate day) {
        this.day = day;
        markFresh();
    }

    @Override
    public LocalDate getId() {
        return day;
    }

    void change(DayKind kind, String name, String updatedBy, Instant updatedAt) {
        this.kind = kind;
        this.name = name;
        touched(updatedBy, updatedAt);
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
        return new CalendarDay(day, kind, name, getUpdatedBy(), getUpdatedAt());
    }
}
