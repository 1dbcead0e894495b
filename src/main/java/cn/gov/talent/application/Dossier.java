package cn.gov.talent.application;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The working copy of an application's dossier, as JSON. Its version guards against two tabs. */
@Entity
@Table(name = "dossier")
class Dossier {

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    private String content;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Dossier() {
    }

    Dossier(long applicationId, String content, Instant updatedAt) {
        this.updatedAt = updatedAt;
        this.applicationId = applicationId;
        this.content = content;
    }

    void replace(String content, Instant at) {
        this.content = content;
        this.updatedAt = at;
    }

    Long getApplicationId() {
        return applicationId;
    }

    String getContent() {
        return content;
    }

    long getVersion() {
        return version;
    }
}
