package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;

import org.apache.pdfbox.pdmodel.PDDocument;
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
}
