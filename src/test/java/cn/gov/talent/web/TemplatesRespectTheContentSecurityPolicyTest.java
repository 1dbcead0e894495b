package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy forbids inline scripts and styles, so the browser would silently
 * ignore them: no template may carry a style attribute, an inline script or an event handler.
 */
class TemplatesRespectTheContentSecurityPolicyTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\sstyle=\"|<style[\\s>]|<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);

    /** The templates HtmlPdf prints, and their shared print CSS. */
    private static final List<Path> PRINTED_ONLY = List.of(Path.of("publication", "certificate.html"),
            Path.of("application", "form.html"), Path.of("recommendation", "form.html"),
            Path.of("funding", "notice.html"), Path.of("fragments", "print.html"),
            Path.of("yearend", "report-pdf.html"));

    @Test
    void noTemplateHasInlineStylesScriptsOrHandlers() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            // the certificate, the official forms, the payment notice and the year-end report are rendered to PDF on the server, never served to a
            // browser: their print CSS stays inline
            List<String> offenders = files.filter(path -> path.toString().endsWith(".html")
                    && PRINTED_ONLY.stream().noneMatch(path::endsWith)).flatMap(path -> {
                try {
                    String html = Files.readString(path);
                    var matcher = FORBIDDEN.matcher(html);
                    return matcher.find() ? Stream.of(path + ": " + matcher.group().trim()) : Stream.empty();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
