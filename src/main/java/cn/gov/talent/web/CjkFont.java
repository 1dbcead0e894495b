package cn.gov.talent.web;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
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
        File font = file.orElseThrow(FontMissing::new);
        if (font.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            TrueTypeCollection collection = new TrueTypeCollection(font);
            collection.processAllFonts(ttf -> {
                if (first[0] == null) {
                    first[0] = ttf;
                }
            });
            return PDType0Font.load(document, first[0], true);
        }
        return PDType0Font.load(document, font);
    }

    /** No Chinese font on this machine: certificates and forms cannot be printed. */
    public static class FontMissing extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public FontMissing() {
            super("certificate.fontMissing");
        }
    }
}
