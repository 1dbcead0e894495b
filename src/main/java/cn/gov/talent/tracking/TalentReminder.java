package cn.gov.talent.tracking;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 督促提醒: a reminder the employer gave and recorded; a persuasion to leave (劝退) needs one first. */
@Entity
@Table(name = "talent_reminder")
public class TalentReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "talent_record_id")
    private long talentRecordId;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected TalentReminder() {
    }

    TalentReminder(long talentRecordId, LocalDate remindedOn, String note, String recordedBy, Instant recordedAt) {
        this.talentRecordId = talentRecordId;
        this.remindedOn = remindedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getTalentRecordId() {
        return talentRecordId;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
