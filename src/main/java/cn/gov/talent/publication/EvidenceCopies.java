package cn.gov.talent.publication;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy of a filer's evidence that the investigating unit downloads: without what the file says
 * about who made it. A PDF loses its document information (author, creator, producer...), the XMP
 * metadata of the document and of every object in it (pages, images, fonts), the authors of its
 * annotations (comments carry the commenter's name in {@code /T}), private application data, and its
 * embedded files (attachments, a portfolio, associated files); a PNG or JPEG is drawn again, which drops
 * EXIF and text chunks (camera owner, location). A file that cannot be cleaned that way (unreadable,
 * encrypted, of another type) is not passed on at all: fail closed, the office holds the original.
 */
final class EvidenceCopies {

    private static final Logger log = LoggerFactory.getLogger(EvidenceCopies.class);

    private EvidenceCopies() {
    }

    /** The cleaned copy, or empty when the file could not be cleaned and must not be passed on. */
    static Optional<byte[]> withoutAuthorship(byte[] content, String contentType) {
        try {
            if ("application/pdf".equals(contentType)) {
                return pdfWithoutMetadata(content);
            }
            if ("image/png".equals(contentType) || "image/jpeg".equals(contentType)) {
                return imageWithoutMetadata(content, "image/png".equals(contentType) ? "png" : "jpg");
            }
            log.info("Evidence withheld from the investigating unit: no way to clean a file of type {}", contentType);
        } catch (IOException | RuntimeException e) {
            log.info("Evidence withheld from the investigating unit: its metadata could not be removed ({})",
                    e.toString());
        }
        return Optional.empty();
    }

    private static Optional<byte[]> pdfWithoutMetadata(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                log.info("Evidence withheld from the investigating unit: the PDF is encrypted");
                return Optional.empty();
            }
            document.setDocumentInformation(new PDDocumentInformation());
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setMetadata(null);
            if (catalog.getNames() != null) {
                catalog.getNames().setEmbeddedFiles(null);
            }
            catalog.getCOSObject().removeItem(COSName.COLLECTION);
            for (PDPage page : document.getPages()) {
                List<PDAnnotation> kept = new ArrayList<>();
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationFileAttachment)) {
                        kept.add(annotation);
                    }
                }
                page.setAnnotations(kept);
            }
            stripEveryObject(document.getDocument().getTrailer());
            var out = new ByteArrayOutputStream(content.length);
            document.save(out);
            return Optional.of(out.toByteArray());
        }
    }

    /**
     * Walks everything reachable from the trailer once: every dictionary (and stream) loses its XMP
     * metadata, associated files, embedded file streams and private application data; every annotation but
     * a form field's widget loses its author.
     */
    private static void stripEveryObject(COSDictionary trailer) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(trailer);
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            COSBase object = next instanceof COSObject indirect ? indirect.getObject() : next;
            if (object == null || !seen.add(object)) {
                continue;
            }
            if (object instanceof COSDictionary dictionary) {
                dictionary.removeItem(COSName.METADATA);
                dictionary.removeItem(COSName.AF);
                dictionary.removeItem(COSName.EF);
                dictionary.removeItem(COSName.PIECE_INFO);
                if (isAnnotationButNoWidget(dictionary)) {
                    dictionary.removeItem(COSName.T);
                }
                pending.addAll(dictionary.getValues());
            } else if (object instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    pending.push(array.get(i));
                }
            }
        }
    }

    /**
     * An annotation (it has a subtype and a rectangle), other than the widget of a form field, whose /T is
     * the field's name rather than an author.
     */
    private static boolean isAnnotationButNoWidget(COSDictionary dictionary) {
        boolean annotation = COSName.ANNOT.equals(dictionary.getCOSName(COSName.TYPE))
                || dictionary.containsKey(COSName.SUBTYPE) && dictionary.containsKey(COSName.RECT);
        return annotation && !COSName.WIDGET.equals(dictionary.getCOSName(COSName.SUBTYPE))
                && !dictionary.containsKey(COSName.FT);
    }

    private static Optional<byte[]> imageWithoutMetadata(byte[] content, String format) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
        if (image == null) {
            log.info("Evidence withheld from the investigating unit: the image could not be read");
            return Optional.empty();
        }
        if ("jpg".equals(format) && image.getColorModel().hasAlpha()) {
            log.info("Evidence withheld from the investigating unit: a JPEG with transparency cannot be drawn again");
            return Optional.empty();
        }
        var out = new ByteArrayOutputStream(content.length);
        if (!ImageIO.write(image, format, out)) {
            log.info("Evidence withheld from the investigating unit: no writer for {}", format);
            return Optional.empty();
        }
        return Optional.of(out.toByteArray());
    }
}
