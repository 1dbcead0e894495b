package cn.gov.talent.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file sent as a download under its own name (UTF-8), never rendered inline. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<Resource> attachment(Path content, String fileName, String contentType) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(content));
    }
}
