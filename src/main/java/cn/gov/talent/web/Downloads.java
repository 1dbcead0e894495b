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

    /** An Excel workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /**
     * The body of a generated file, sent as an attachment under this name (UTF-8). The response's stream
     * is opened, and its type and {@code Content-Disposition} set, only when the first byte is written:
     * an export that finds nothing to send (a record that does not exist, 404) still answers with the
     * error page, as a page, not as a download.
     */
    public static OutputStream body(HttpServletResponse response, String contentType, String fileName) {
        return new OutputStream() {

            private OutputStream out;

            private OutputStream out() throws IOException {
                if (out == null) {
                    response.setContentType(contentType);
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(fileName, StandardCharsets.UTF_8).build().toString());
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

    /** The body of an Excel workbook, sent as {@code title.xlsx} ({@link #body}). */
    public static OutputStream xlsx(HttpServletResponse response, String title) {
        return body(response, XLSX, title + ".xlsx");
    }

    /** A generated PDF (a printed form), sent as an attachment under this name (UTF-8). */
    public static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /**
     * A stored file, sent as an attachment under its own name (UTF-8) with the type detected at upload, never
     * rendered inline. The resource comes from the file store (a file, or an object of the object store): its
     * length is the {@code Content-Length}, and its bytes are streamed from the store as they are sent.
     */
    public static ResponseEntity<Resource> attachment(Resource content, String fileName, String contentType) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /** A file on this machine's disk, sent as {@link #attachment(Resource, String, String)} sends a stored one. */
    public static ResponseEntity<Resource> attachment(Path content, String fileName, String contentType) {
        return attachment(new FileSystemResource(content), fileName, contentType);
    }
}
