package cn.gov.talent.calendar;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code calendar_year}: whether the administrator has entered the year's holidays and
 * adjusted working days from the State Council's notice. A year without a row is not complete.
 */
@Entity
@Table(name = "calendar_year")
class CalendarYear extends CalendarRecord<Integer> {

    @Id
    private Integer year;

    private boolean complete;

    protected CalendarYear() {
    }

    CalendarYear(int year) {
        this.year = year;
        markFresh();
    }

    @Override
    public Integer getId() {
        return year;
    }

    void mark(boolean complete, String updatedBy, Instant updatedAt) {
        this.complete = complete;
        touched(updatedBy, updatedAt);
    }

    int getYear() {
        return year;
    }

    boolean isComplete() {
        return complete;
    }
}
