package cn.gov.talent.web;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Chinese font certificates and official forms are printed in: {@code talent.certificates.font}
 * if set, else the first of the usual system fonts found (CI installs fonts-wqy-microhei). Without one
 * the application says so at start-up and on every PDF download, and names the fix. {@link HtmlPdf}
 * prints with it.
 * <p>
 * The font file is read and parsed once, at the first document, and that parsed font serves every
 * document after it (issue 18: parsing a Chinese collection took most of a certificate's time). PDFBox
 * reads all of a font's tables while parsing it and reads glyphs and raw table bytes under its own lock,
 * so documents printed at the same time can share it; each document still embeds its own subset.
 */
@Component
public class CjkFont {

    private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

    static final List<String> CANDIDATES = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "/System/Library/Fonts/PingFang.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc", "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/simsun.ttc");

    private final Optional<File> file;
    private final AtomicReference<TrueTypeFont> parsed = new AtomicReference<>();

    CjkFont(@Value("${talent.certificates.font:}") String configured) {
        this.file = configured.isBlank()
                ? CANDIDATES.stream().map(File::new).filter(File::canRead).findFirst()
                : Optional.of(new File(configured)).filter(File::canRead);
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (file.isPresent()) {
            log.info("Certificates and official forms are printed with the font {}", file.get());
        } else {
            log.warn("No Chinese (CJK) font found: certificates and forms cannot be printed. Install one (Debian/Ubuntu: "
                    + "apt-get install fonts-wqy-microhei) or set talent.certificates.font to a .ttf or .ttc file.");
        }
    }

    public boolean isAvailable() {
        return file.isPresent();
    }

    /** Loads the font into the document (a .ttc: its first font), or refuses with the way to fix it. */
    PDFont loadInto(PDDocument document) throws IOException {
        return PDType0Font.load(document, parsed(), true);
    }

    /**
     * The font, parsed at the first call. Two first calls at once may both parse it; one result is kept and
     * the other left to the garbage collector (its bytes are in memory, no file stays open).
     */
    private TrueTypeFont parsed() throws IOException {
        TrueTypeFont font = parsed.get();
        if (font == null) {
            parsed.compareAndSet(null, parse(file.orElseThrow(FontMissing::new)));
            font = parsed.get();
        }
        return font;
    }

    private static TrueTypeFont parse(File font) throws IOException {
        byte[] bytes = Files.readAllBytes(font.toPath());
        if (font.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            var collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            collection.processAllFonts(ttf -> {
                if (first[0] == null) {
                    first[0] = ttf;
                }
            });
            return first[0];
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    /** No Chinese font on this machine: certificates and forms cannot be printed. */
    public static class FontMissing extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public FontMissing() {
            super("certificate.fontMissing");
        }
    }
}
