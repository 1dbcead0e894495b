package cn.gov.talent.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * A row of the calendar keyed by what it describes (a day, a year), with who changed it last and when.
 * The key is assigned, not generated: the {@code fresh} flag tells Spring Data a new row apart without
 * first looking it up.
 */
@MappedSuperclass
abstract class CalendarRecord<K> implements Persistable<K> {

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Transient
    private boolean fresh;

    /** For a row about to be created. */
    void markFresh() {
        this.fresh = true;
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

    void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
