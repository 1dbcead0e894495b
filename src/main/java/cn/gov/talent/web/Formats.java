package cn.gov.talent.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.gov.talent.shared.BusinessTime;
import cn.gov.talent.shared.Masking;

/**
 * Formatting helpers for the templates, as {@code ${@fmt.dateTime(x)}}: times in China Standard
 * Time, personal data masked, and file sizes in the unit that reads best.
 */
@Component("fmt")
public class Formats {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private static final ZoneId ZONE = BusinessTime.ZONE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

    private final MessageSource messages;

    public Formats(MessageSource messages) {
        this.messages = messages;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String idNumber(String value) {
        return Masking.idNumber(value);
    }

    public String phone(String value) {
        return Masking.phone(value);
    }

    /**
     * A file's size for people: whole bytes under 1 KB ("512 B", never "0 KB"), then KB and MB with
     * at most one decimal ("1.2 MB"), in the reader's language.
     */
    public String fileSize(long bytes) {
        Locale locale = LocaleContextHolder.getLocale();
        if (bytes < KB) {
            return messages.getMessage("file.size.bytes", new Object[] {String.valueOf(Math.max(bytes, 0))}, locale);
        }
        boolean megabytes = bytes >= MB;
        BigDecimal amount = BigDecimal.valueOf(bytes)
                .divide(BigDecimal.valueOf(megabytes ? MB : KB), 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return messages.getMessage(megabytes ? "file.size.megabytes" : "file.size.kilobytes",
                new Object[] {amount.toPlainString()}, locale);
    }
}
