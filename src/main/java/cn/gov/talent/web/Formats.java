package cn.gov.talent.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import cn.gov.talent.shared.BusinessTime;
import cn.gov.talent.shared.Masking;

/**
 * Formatting helpers for the templates, as {@code ${@fmt.dateTime(x)}}: times in China Standard
 * Time, and personal data masked.
 */
@Component("fmt")
public class Formats {

    private static final ZoneId ZONE = BusinessTime.ZONE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

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
}
