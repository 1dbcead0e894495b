package cn.gov.talent.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * A row of {@code calendar_year}: whether the administrator has entered the year's holidays and
 * adjusted working days from the State Council's notice. A year without a row is not complete.
 */
@Entity
@Table(name = "calendar_year")
class CalendarYear implements Persistable<Integer> {

    @Id
    private Integer year;

    private boolean complete;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The key is assigned, not generated: without this flag saving a new year would first look it up. */
    @Transient
    private boolean fresh;

    protected CalendarYear() {
    }

    CalendarYear(int year) {
        this.year = year;
        this.fresh = true;
    }

    @Override
    public Integer getId() {
        return year;
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

    void mark(boolean complete, String updatedBy, Instant updatedAt) {
        this.complete = complete;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    int getYear() {
        return year;
    }

    boolean isComplete() {
        return complete;
    }
}
