package cn.gov.talent.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Downloads: a stored file sent under its own name (UTF-8), never rendered inline; a generated file's body. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * The response's body, opened only when the first byte is written: an export that finds nothing to
     * send (a record that does not exist, 404) can still answer with the error page.
     */
    public static OutputStream body(HttpServletResponse response) {
        return new OutputStream() {

            private OutputStream out;

            private OutputStream out() throws IOException {
                if (out == null) {
                    out = response.getOutputStream();
                }
                return out;
            }

            @Override
            public void write(int b) throws IOException {
                out().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out().write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (out != null) {
                    out.flush();
                }
            }

            @Override
            public void close() throws IOException {
                if (out != null) {
                    out.close();
                }
            }
        };
    }

    public static ResponseEntity<Resource> attachment(Path content, String fileName, String contentType) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(content));
    }
}
