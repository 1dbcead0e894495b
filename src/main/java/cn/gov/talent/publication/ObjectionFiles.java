package cn.gov.talent.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.gov.talent.application.Attachments;
import cn.gov.talent.web.Downloads;

/** Streams an objection's file as a download, never inline. */
@Component
class ObjectionFiles {

    private final Attachments attachments;

    ObjectionFiles(Attachments attachments) {
        this.attachments = attachments;
    }

    /** The file as filed, under its own name (the office, the supervisors). */
    ResponseEntity<Resource> download(ObjectionFile file) {
        return Downloads.attachment(attachments.contentOf(file.getSha256()), file.getFileName(),
                file.getContentType());
    }

    /**
     * The filer's evidence for the investigating unit: under a neutral name, and without the
     * metadata that could name whoever made the file ({@link EvidenceCopies}); empty when that metadata
     * could not be removed, and the file must not be passed on.
     */
    Optional<ResponseEntity<Resource>> downloadWithoutAuthorship(ObjectionFile file, String neutralName) {
        byte[] content;
        try {
            content = attachments.contentOf(file.getSha256()).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return EvidenceCopies.withoutAuthorship(content, file.getContentType())
                .map(copy -> ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getContentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(neutralName, StandardCharsets.UTF_8).build().toString())
                        .body(new ByteArrayResource(copy)));
    }
}
