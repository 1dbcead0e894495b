package cn.gov.talent.publication;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
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

    private static final QRCodeWriter QR_WRITER = new QRCodeWriter();
    private static final Map<EncodeHintType, Object> QR_HINTS = Map.of(EncodeHintType.MARGIN, 1);
    private static final byte[] WHITE_THEN_BLACK = {(byte) 0xFF, 0};
    private static final IndexColorModel WHITE_BLACK = new IndexColorModel(1, 2, WHITE_THEN_BLACK, WHITE_THEN_BLACK,
            WHITE_THEN_BLACK);

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
        return pdf(record, programs.batch(record.getBatchId()).orElseThrow(), programs.categoryNames(), locale);
    }

    private byte[] pdf(TalentRecord record, BatchSummary batch, Map<Long, String> categories, Locale locale) {
        var out = new ByteArrayOutputStream();
        write(record, batch, categories, locale, out);
        return out.toByteArray();
    }

    /**
     * Every certificate of a batch, one PDF per person, in one ZIP; the download audit is told how many. The
     * batch and the category names are read once for all of them.
     */
    public void zip(long batchId, Locale locale, OutputStream out) throws IOException {
        try (var zip = new ZipOutputStream(out)) {
            List<TalentRecord> records = publications.all(batchId);
            BatchSummary batch = programs.batch(batchId).orElseThrow();
            Map<Long, String> categories = programs.categoryNames();
            for (TalentRecord record : records) {
                zip.putNextEntry(new ZipEntry(fileName(record)));
                zip.write(pdf(record, batch, categories, locale));
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

    private void write(TalentRecord record, BatchSummary batch, Map<Long, String> categories, Locale locale,
            OutputStream out) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("record", record);
        variables.put("programName", batch.programName());
        variables.put("category", categories.get(record.getCategoryId()));
        variables.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(qr(verificationUrl(record))));
        variables.put("verifyUrl", publicBaseUrl.resolve("/public/verify"));
        pdf.write("publication/certificate", locale, variables, publicBaseUrl.resolve("/"), out);
    }

    /**
     * The QR code as a 300 by 300 PNG with a two-colour palette (white, black). That palette is not a grey
     * ramp, so the PNG is written indexed, which PDFBox embeds as it is instead of decoding it and encoding
     * it again; the image is built in memory (no temporary file, as ImageIO.write would use).
     */
    private static byte[] qr(String text) {
        try (var png = new ByteArrayOutputStream(); var stream = new MemoryCacheImageOutputStream(png)) {
            BitMatrix matrix = QR_WRITER.encode(text, BarcodeFormat.QR_CODE, 300, 300, QR_HINTS);
            int width = matrix.getWidth();
            var image = new BufferedImage(width, matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY, WHITE_BLACK);
            byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            int rowBytes = (width + 7) / 8;
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < width; x++) {
                    if (matrix.get(x, y)) {
                        pixels[y * rowBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                    }
                }
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try {
                writer.setOutput(stream);
                writer.write(image);
            } finally {
                writer.dispose();
            }
            stream.flush();
            return png.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
