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
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected Dossier() {
    }

    Dossier(long applicationId, String content) {
        this.applicationId = applicationId;
        this.content = content;
    }

    void replace(String content) {
        this.content = content;
        this.updatedAt = Instant.now();
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
