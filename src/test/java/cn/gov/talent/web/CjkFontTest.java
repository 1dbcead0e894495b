package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Without a Chinese font a certificate or a form says why instead of printing empty boxes. */
class CjkFontTest {

    @Test
    void aConfiguredFontThatIsNotThereIsReportedAsMissing() throws Exception {
        CjkFont font = new CjkFont("/nonexistent/fonts/none.ttf");
        assertThat(font.isAvailable()).isFalse();
        try (var document = new PDDocument()) {
            assertThatThrownBy(() -> font.loadInto(document)).isInstanceOf(CjkFont.FontMissing.class)
                    .hasMessage("certificate.fontMissing");
        }
    }

    @Test
    void aSystemFontIsFoundWhereCiInstallsOne() throws Exception {
        CjkFont font = new CjkFont("");
        Assumptions.assumeTrue(CjkFont.CANDIDATES.stream()
                .anyMatch(path -> new File(path).canRead()), "no CJK font on this machine");
        assertThat(font.isAvailable()).isTrue();
        try (var document = new PDDocument()) {
            assertThat(font.loadInto(document).getName()).isNotBlank();
        }
    }

    /**
     * The font is parsed once and shared (issue 18): documents printed at the same time each embed their own
     * subset of it, and each reads back as the text it was given.
     */
    @Test
    void documentsPrintedAtTheSameTimeEachEmbedTheirOwnText() throws Exception {
        Assumptions.assumeTrue(CjkFont.CANDIDATES.stream()
                .anyMatch(path -> new File(path).canRead()), "no CJK font on this machine");
        CjkFont font = new CjkFont("");
        List<String> names = List.of("张三丰", "李四光", "王五福", "赵钱孙", "周吴郑", "欧阳修");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> printed = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String text = "证书 " + names.get(i % names.size()) + " No." + i;
                printed.add(threads.submit(() -> readBack(print(font, text))));
            }
            for (int i = 0; i < printed.size(); i++) {
                assertThat(printed.get(i).get().strip()).isEqualTo("证书 " + names.get(i % names.size()) + " No." + i);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static byte[] print(CjkFont font, String text) throws Exception {
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            PDFont pdfFont = font.loadInto(document);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(pdfFont, 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String readBack(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
