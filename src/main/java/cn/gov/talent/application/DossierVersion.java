package cn.gov.talent.application;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** 申报材料版本: the dossier as it was submitted the N-th time; never changed afterwards. */
@Entity
@Immutable
@Table(name = "dossier_version")
class DossierVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    private int number;

    private String content;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected DossierVersion() {
    }

    DossierVersion(long applicationId, int number, String content, Instant submittedAt) {
        this.applicationId = applicationId;
        this.number = number;
        this.content = content;
        this.submittedAt = submittedAt;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    String getContent() {
        return content;
    }
}
