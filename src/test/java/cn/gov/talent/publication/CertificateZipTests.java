package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;

/**
 * The batch's certificates as one ZIP (issue 18 made them fast: the Chinese font is parsed once and shared,
 * the QR code built in memory): still one valid landscape PDF per person, in certificate order, each with
 * the person's Chinese name, the serial number and the code as text in the embedded Chinese font, and a
 * QR code that reads as that certificate's verification address.
 */
@IntegrationTest
class CertificateZipTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TalentScenario scenario;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theZipHoldsOneValidPdfPerPersonWithTheChineseTextAndAQrCodeThatVerifies() throws Exception {
        List<Talent> talents = scenario.published(3);
        long batch = jdbc.queryForObject("select batch_id from talent_record where id = ?", Long.class,
                talents.get(0).recordId());

        byte[] zip = mvc.perform(get("/publication/batches/" + batch + "/certificates.zip").with(users.as("office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).hasSize(3);
        List<String> names = new ArrayList<>(entries.keySet());
        for (int i = 0; i < talents.size(); i++) {
            Talent talent = talents.get(i);
            String person = jdbc.queryForObject("select person_name from talent_record where id = ?", String.class,
                    talent.recordId());
            assertThat(person).containsPattern("\\p{IsHan}");
            assertThat(names.get(i)).isEqualTo(talent.certificateNo() + "-" + person + ".pdf");
            try (PDDocument pdf = Loader.loadPDF(entries.get(names.get(i)))) {
                // one page: the frame fits the printable area (certificate.html: no margin below the body)
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                PDPage page = pdf.getPage(0);
                assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
                assertThat(new PDFTextStripper().getText(pdf)).contains("证", "书", person, talent.certificateNo(),
                        talent.verificationCode(), "扫码验证");
                List<PDFont> fonts = new ArrayList<>();
                for (COSName font : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(font));
                }
                assertThat(fonts).anySatisfy(font -> {
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).isTrue();
                    // a subset: only the glyphs the certificate uses
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                });
                assertThat(qrCode(page)).endsWith("/public/verify?no=" + talent.certificateNo() + "&code="
                        + talent.verificationCode());
            }
        }
    }

    /** The text of the page's QR code, read from its image. */
    private static String qrCode(PDPage page) throws Exception {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                BufferedImage qr = image.getImage();
                int[] pixels = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
                var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(qr.getWidth(),
                        qr.getHeight(), pixels)));
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                        .getText();
            }
        }
        throw new AssertionError("no image on the certificate");
    }
}
