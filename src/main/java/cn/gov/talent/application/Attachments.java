package cn.gov.talent.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;

/**
 * Dossier attachments: checked by content and size, stored once per content (SHA-256), added and
 * removed only by the applicant while the dossier is editable.
 */
@Service
@Transactional(readOnly = true)
public class Attachments {

    private final AttachmentRepository attachments;
    private final ApplicationRepository applications;
    private final Path store;
    private final DataSize maxSize;
    private final Clock clock;
    private final Programs programs;

    Attachments(AttachmentRepository attachments, ApplicationRepository applications, Programs programs,
            @Value("${talent.uploads.directory:./data/files}") String directory,
            @Value("${talent.uploads.max-size:20MB}") DataSize maxSize, Clock clock) {
        this.programs = programs;
        this.clock = clock;
        this.attachments = attachments;
        this.applications = applications;
        this.store = Path.of(directory).toAbsolutePath().normalize();
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
            String sha256 = storeContent(file);
            return new StoredFile(displayName(file.getOriginalFilename()), type.mediaType(), file.getSize(), sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the content stored under this checksum lies. */
    public Path contentOf(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new Refusal("attachment.missing");
        }
        return pathOf(sha256);
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
    public Path content(long applicationId, long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId)
                .filter(candidate -> candidate.getApplicationId() == applicationId)
                .orElseThrow(NotFound::new);
        return pathOf(attachment.getSha256());
    }

    public Attachment find(long applicationId, long attachmentId) {
        return attachments.findById(attachmentId).filter(candidate -> candidate.getApplicationId() == applicationId)
                .orElseThrow(NotFound::new);
    }

    private String storeContent(MultipartFile file) throws IOException {
        Files.createDirectories(store);
        Path temporary = Files.createTempFile(store, "upload-", ".part");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(file.getInputStream(), digest)) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha256);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temporary);
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return sha256;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Path pathOf(String sha256) {
        return store.resolve(sha256.substring(0, 2)).resolve(sha256);
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
