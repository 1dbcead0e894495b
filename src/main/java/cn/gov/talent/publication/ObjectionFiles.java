package cn.gov.talent.publication;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.gov.talent.application.Attachments;

/** Streams an objection's file as a download, never inline. */
@Component
class ObjectionFiles {

    private final Attachments attachments;

    ObjectionFiles(Attachments attachments) {
        this.attachments = attachments;
    }

    ResponseEntity<Resource> download(ObjectionFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(attachments.contentOf(file.getSha256())));
    }
}
