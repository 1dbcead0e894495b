package cn.gov.talent.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The program's time zone and the forms in which a starting instant may be written. */
public final class BusinessTime {

    /** China Standard Time: deadlines, notices and years are counted here whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A date alone starts at this hour, when the offices open. */
    private static final LocalTime OFFICE_HOURS = LocalTime.of(9, 0);

    private BusinessTime() {
    }

    /**
     * An instant written as {@code 2028-03-10T01:00:00Z} (or with an offset), as a local date and time
     * in China Standard Time ({@code 2028-03-10T09:00}), or as a date ({@code 2028-03-10}, 09:00 there).
     */
    public static Instant parseInstant(String text) {
        String value = text.trim();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atTime(OFFICE_HOURS).atZone(ZONE).toInstant();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new DateTimeException("Not an instant, a date-time or a date: '" + text
                    + "' (write 2028-03-10T01:00:00Z, 2028-03-10T09:00 or 2028-03-10)", e);
        }
    }
}
