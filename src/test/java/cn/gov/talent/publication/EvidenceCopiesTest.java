package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.Test;

/**
 * The investigating unit's copy of the evidence says nothing about who made it, or is not made at all:
 * a PDF loses its authors everywhere (document, pages, comments) and its attachments; what cannot be
 * cleaned is withheld, never passed on as it came.
 */
class EvidenceCopiesTest {

    private static final String FILER = "Ouyang Mingzhe";

    @Test
    void aPdfLosesItsAuthorsItsMetadataAndItsAttachments() throws Exception {
        byte[] copy = EvidenceCopies.withoutAuthorship(pdfWithAuthorsEverywhere(), "application/pdf").orElseThrow();
        try (PDDocument document = Loader.loadPDF(copy)) {
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            PDPage page = document.getPage(0);
            assertThat(page.getMetadata()).as("the page's XMP metadata").isNull();
            List<PDAnnotation> annotations = page.getAnnotations();
            assertThat(annotations).as("the comment stays, the attached file goes").singleElement()
                    .isInstanceOfSatisfying(PDAnnotationText.class, comment -> {
                        assertThat(comment.getTitlePopup()).as("the commenter").isNull();
                        assertThat(comment.getContents()).isEqualTo("数据有误");
                    });
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            assertThat(names == null ? null : names.getEmbeddedFiles()).as("embedded files").isNull();
        }
    }

    @Test
    void anEncryptedPdfIsWithheld() throws Exception {
        assertThat(EvidenceCopies.withoutAuthorship(encryptedPdf(), "application/pdf")).isEmpty();
    }

    @Test
    void anUnreadableFileIsWithheld() {
        byte[] broken = "%PDF-1.4\nnot really a PDF".getBytes(StandardCharsets.US_ASCII);
        assertThat(EvidenceCopies.withoutAuthorship(broken, "application/pdf")).isEmpty();
        assertThat(EvidenceCopies.withoutAuthorship(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}, "image/png"))
                .isEmpty();
        assertThat(EvidenceCopies.withoutAuthorship("plain words".getBytes(StandardCharsets.UTF_8), "text/plain"))
                .isEmpty();
    }

    @Test
    void anImageIsDrawnAgain() throws Exception {
        var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        byte[] copy = EvidenceCopies.withoutAuthorship(png.toByteArray(), "image/png").orElseThrow();
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(copy));
        assertThat(drawn.getWidth()).isEqualTo(4);
        assertThat(drawn.getHeight()).isEqualTo(3);
    }

    /** A PDF that names its filer in the document information, the page's XMP, a comment and an attachment. */
    static byte[] pdfWithAuthorsEverywhere() throws Exception {
        try (PDDocument document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            document.getDocumentInformation().setAuthor(FILER);
            page.setMetadata(new PDMetadata(document, new ByteArrayInputStream(
                    ("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>" + FILER + "</dc:creator></x:xmpmeta>")
                            .getBytes(StandardCharsets.UTF_8))));

            var comment = new PDAnnotationText();
            comment.setRectangle(new PDRectangle(50, 700, 20, 20));
            comment.setTitlePopup(FILER);
            comment.setContents("数据有误");
            var spec = new PDComplexFileSpecification();
            spec.setFile("who.txt");
            spec.setEmbeddedFile(new PDEmbeddedFile(document,
                    new ByteArrayInputStream(("filed by " + FILER).getBytes(StandardCharsets.UTF_8))));
            var attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(80, 700, 20, 20));
            attachment.setFile(spec);
            page.setAnnotations(List.of(comment, attachment));

            var tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("who.txt", spec));
            var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);

            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF anyone can open (no user password) but that is encrypted, so nothing in it can be changed. */
    static byte[] encryptedPdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setAuthor(FILER);
            document.protect(new StandardProtectionPolicy("owner-secret", "", new AccessPermission()));
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
