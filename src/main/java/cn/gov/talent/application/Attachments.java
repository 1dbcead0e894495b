package cn.gov.talent.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.storage.FileStore;

/**
 * Dossier attachments: checked by content and size, stored once per content (SHA-256) in the file store (a
 * directory or an object store, ADR 0037), added and removed only by the applicant while the dossier is editable.
 * Every module's uploads pass the same checks here ({@link #store(MultipartFile)}) and are read back from here
 * ({@link #contentOf}).
 */
@Service
@Transactional(readOnly = true)
public class Attachments {

    private final AttachmentRepository attachments;
    private final ApplicationRepository applications;
    private final FileStore files;
    private final DataSize maxSize;
    private final Clock clock;
    private final Programs programs;

    Attachments(AttachmentRepository attachments, ApplicationRepository applications, Programs programs,
            FileStore store, @Value("${talent.uploads.max-size:20MB}") DataSize maxSize, Clock clock) {
        this.programs = programs;
        this.clock = clock;
        this.attachments = attachments;
        this.applications = applications;
        this.files = store;
        this.maxSize = maxSize;
    }

    public List<Attachment> of(long applicationId) {
        return attachments.findByApplicationIdOrderByIdAsc(applicationId);
    }

    @Transactional
    public Attachment add(long applicationId, String kind, MultipartFile file, Actor actor) {
        Application application = editableBy(applicationId, actor);
        if (kind == null || kind.isBlank()) {
            throw new Refusal("attachment.kindRequired");
        }
        // what the page offers: the category's documents and achievement conditions, and OTHER
        if (!DossierKinds.of(programs.rulesOf(application.getCategoryId())).attachmentKinds().contains(kind)) {
            throw new Refusal("attachment.kind.invalid");
        }
        StoredFile stored = store(file);
        return attachments.save(new Attachment(applicationId, kind, stored.fileName(), stored.contentType(),
                stored.size(), stored.sha256(), clock.instant()));
    }

    /**
     * Checks an upload by the dossier rules (not empty, within the size limit, a PDF, PNG or JPEG by
     * its first bytes) and keeps its content in the store under its SHA-256. Other modules (the
     * objections of the public notice) keep their own record of what they stored.
     */
    public StoredFile store(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new Refusal("attachment.empty");
        }
        if (file.getSize() > maxSize.toBytes()) {
            throw new Refusal("attachment.tooLarge", maxSize.toMegabytes());
        }
        try {
            FileType type;
            try (InputStream in = file.getInputStream()) {
                type = FileType.of(in.readNBytes(8)).orElseThrow(() -> new Refusal("attachment.wrongType"));
            }
            String sha256;
            try (InputStream in = file.getInputStream()) {
                sha256 = files.put(in).key();
            }
            return new StoredFile(displayName(file.getOriginalFilename()), type.mediaType(), file.getSize(), sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The content stored under this checksum, to send: its length known, its bytes read from the store only when
     * sent; {@code MissingContent} (a server error) when the store lacks it.
     */
    public Resource contentOf(String sha256) {
        if (!FileStore.isKey(sha256)) {
            throw new Refusal("attachment.missing");
        }
        return files.resource(sha256);
    }

    @Transactional
    public void remove(long applicationId, long attachmentId, Actor actor) {
        editableBy(applicationId, actor);
        // an attachment that is not there (removed in another tab, or never of this application) is not "removed"
        Attachment attachment = attachments.findById(attachmentId)
                .filter(candidate -> candidate.getApplicationId() == applicationId)
                .orElseThrow(() -> new Refusal("attachment.notFound"));
        attachments.delete(attachment);
    }

    /** The stored bytes of an attachment of this application. */
    public Resource content(long applicationId, long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId)
                .filter(candidate -> candidate.getApplicationId() == applicationId)
                .orElseThrow(NotFound::new);
        return contentOf(attachment.getSha256());
    }

    public Attachment find(long applicationId, long attachmentId) {
        return attachments.findById(attachmentId).filter(candidate -> candidate.getApplicationId() == applicationId)
                .orElseThrow(NotFound::new);
    }

    /** Keeps the name readable but harmless: no path, no control characters, bounded length. */
    static String displayName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "_").trim();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 150 ? name.substring(name.length() - 150) : name;
    }

    private Application editableBy(long applicationId, Actor actor) {
        Application application = applications.findById(applicationId)
                .filter(candidate -> actor.userId() != null && candidate.getApplicantId() == actor.userId())
                .orElseThrow(() -> new Refusal("application.missing"));
        if (!application.isEditable()) {
            throw new Refusal("dossier.frozen");
        }
        return application;
    }
}
