package cn.gov.talent.publication;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.talent.application.StoredFile;

/**
 * A file of an objection: the filer's evidence, the investigating unit's findings, or the employer's
 * third-party proof of an explanation of eligibility (tied to that explanation).
 */
@Entity
@Table(name = "objection_file")
class ObjectionFile {

    public enum Source { FILER, UNIT, EMPLOYER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "objection_id")
    private long objectionId;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(name = "explanation_id")
    private Long explanationId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ObjectionFile() {
    }

    ObjectionFile(long objectionId, Source source, StoredFile stored, Instant createdAt) {
        this.createdAt = createdAt;
        this.objectionId = objectionId;
        this.source = source;
        this.fileName = stored.fileName();
        this.contentType = stored.contentType();
        this.size = stored.size();
        this.sha256 = stored.sha256();
    }

    /** A proof the employer filed with its explanation. */
    static ObjectionFile proof(long objectionId, long explanationId, StoredFile stored, Instant createdAt) {
        ObjectionFile file = new ObjectionFile(objectionId, Source.EMPLOYER, stored, createdAt);
        file.explanationId = explanationId;
        return file;
    }

    public Long getId() {
        return id;
    }

    public long getObjectionId() {
        return objectionId;
    }

    public Source getSource() {
        return source;
    }

    /** The explanation a proof belongs to; null for the filer's and the unit's files. */
    public Long getExplanationId() {
        return explanationId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }
}
