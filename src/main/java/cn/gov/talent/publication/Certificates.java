package cn.gov.talent.publication;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;

import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.tracking.TalentRecord;
import cn.gov.talent.shared.DownloadRows;
import cn.gov.talent.shared.PublicBaseUrl;
import cn.gov.talent.web.HtmlPdf;

/**
 * 证书: one A4 landscape PDF per selected person (program, category, year, name, employer, serial
 * number, issue date, verification code and a QR code linking to the public verification page),
 * and all of a batch's as one ZIP. Verification at {@code /public/verify} shows the name partly masked.
 */
@Service
@Transactional(readOnly = true)
class Certificates {

    private final Publications publications;
    private final Programs programs;
    private final HtmlPdf pdf;
    private final PublicBaseUrl publicBaseUrl;

    Certificates(Publications publications, Programs programs, HtmlPdf pdf, PublicBaseUrl publicBaseUrl) {
        this.publications = publications;
        this.programs = programs;
        this.pdf = pdf;
        this.publicBaseUrl = publicBaseUrl;
    }

    public boolean fontAvailable() {
        return pdf.fontAvailable();
    }

    public byte[] pdf(TalentRecord record, Locale locale) {
        var out = new ByteArrayOutputStream();
        write(record, locale, out);
        return out.toByteArray();
    }

    /** Every certificate of a batch, one PDF per person, in one ZIP; the download audit is told how many. */
    public void zip(long batchId, Locale locale, OutputStream out) throws IOException {
        try (var zip = new ZipOutputStream(out)) {
            List<TalentRecord> records = publications.all(batchId);
            for (TalentRecord record : records) {
                zip.putNextEntry(new ZipEntry(fileName(record)));
                zip.write(pdf(record, locale));
                zip.closeEntry();
            }
            DownloadRows.report(records.size());
        }
    }

    static String fileName(TalentRecord record) {
        return record.getCertificateNo() + "-" + record.getPersonName() + ".pdf";
    }

    /** The public check: a record matching both serial number and code, or nothing. */
    public Optional<Verification> verify(String certificateNo, String code) {
        return publications.byCertificate(certificateNo)
                .filter(record -> code != null && record.getVerificationCode().equalsIgnoreCase(code.trim()))
                .map(record -> {
                    BatchSummary batch = programs.batch(record.getBatchId()).orElseThrow();
                    return new Verification(record.getCertificateNo(), batch.programName(),
                            programs.categoryNames().get(record.getCategoryId()), record.getYear(),
                            record.getPersonName(), record.getEmployerName(), record.getIssuedOn(),
                            record.getStatus().certificateValid(), record.getStatus(), record.getStatusChangedOn());
                });
    }

    String verificationUrl(TalentRecord record) {
        return publicBaseUrl.resolve("/public/verify") + "?no=" + URLEncoder.encode(record.getCertificateNo(), StandardCharsets.UTF_8)
                + "&code=" + record.getVerificationCode();
    }

    private void write(TalentRecord record, Locale locale, OutputStream out) {
        BatchSummary batch = programs.batch(record.getBatchId()).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put("record", record);
        variables.put("programName", batch.programName());
        variables.put("category", programs.categoryNames().get(record.getCategoryId()));
        variables.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(qr(verificationUrl(record))));
        variables.put("verifyUrl", publicBaseUrl.resolve("/public/verify"));
        pdf.write("publication/certificate", locale, variables, publicBaseUrl.resolve("/"), out);
    }

    private static byte[] qr(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 1);
        try (var png = new ByteArrayOutputStream()) {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300, hints);
            var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ImageIO.write(image, "PNG", png);
            return png.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
