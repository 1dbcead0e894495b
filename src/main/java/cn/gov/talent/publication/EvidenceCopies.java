package cn.gov.talent.publication;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy of a filer's evidence that the investigating unit downloads: without what the file says
 * about who made it. A PDF loses its document information (author, creator, producer...) and its
 * XMP metadata; a PNG or JPEG is drawn again, which drops EXIF and text chunks (camera owner,
 * location). A file that cannot be read that way goes as it is; the office always has the original.
 */
final class EvidenceCopies {

    private static final Logger log = LoggerFactory.getLogger(EvidenceCopies.class);

    private EvidenceCopies() {
    }

    static byte[] withoutAuthorship(byte[] content, String contentType) {
        try {
            if ("application/pdf".equals(contentType)) {
                return pdfWithoutMetadata(content);
            }
            if ("image/png".equals(contentType) || "image/jpeg".equals(contentType)) {
                return imageWithoutMetadata(content, "image/png".equals(contentType) ? "png" : "jpg");
            }
        } catch (IOException | RuntimeException e) {
            log.info("Evidence passed on unchanged: its metadata could not be removed ({})", e.toString());
        }
        return content;
    }

    private static byte[] pdfWithoutMetadata(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                return content;
            }
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocumentCatalog().setMetadata(null);
            var out = new ByteArrayOutputStream(content.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] imageWithoutMetadata(byte[] content, String format) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
        if (image == null) {
            return content;
        }
        if ("jpg".equals(format) && image.getColorModel().hasAlpha()) {
            return content;
        }
        var out = new ByteArrayOutputStream(content.length);
        if (!ImageIO.write(image, format, out)) {
            return content;
        }
        return out.toByteArray();
    }
}
