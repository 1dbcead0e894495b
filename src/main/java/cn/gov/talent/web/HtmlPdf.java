package cn.gov.talent.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Printed documents (certificates, the official forms): a Thymeleaf template rendered on the server
 * only (so its print CSS is inline) and turned into PDF by openhtmltopdf, with the system's Chinese
 * font embedded as the family {@code CJK} (ADR 0014). The template sees the variables given and the
 * message bundles in the locale given; no request, no beans. Without a Chinese font it throws
 * {@link CjkFont.FontMissing}, which the pages answer with 503 and the fix.
 */
@Component
public class HtmlPdf {

    private final CjkFont font;
    private final ITemplateEngine templates;

    HtmlPdf(CjkFont font, ITemplateEngine templates) {
        this.font = font;
        this.templates = templates;
    }

    /** Whether PDFs can be printed here: a Chinese font was found. */
    public boolean fontAvailable() {
        return font.isAvailable();
    }

    /** The template, with these variables, in this language, as a PDF. */
    public byte[] pdf(String template, Locale locale, Map<String, Object> variables, String baseUri) {
        var out = new ByteArrayOutputStream();
        write(template, locale, variables, baseUri, out);
        return out.toByteArray();
    }

    /** {@link #pdf}, written to the stream. */
    public void write(String template, Locale locale, Map<String, Object> variables, String baseUri,
            OutputStream out) {
        if (!font.isAvailable()) {
            throw new CjkFont.FontMissing();
        }
        Context context = new Context(locale);
        context.setVariables(variables);
        String html = templates.process(template, context);
        try (PDDocument document = new PDDocument()) {
            var builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(font.loadInto(document)), "CJK");
            builder.withHtmlContent(html, baseUri);
            builder.useFastMode();
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
