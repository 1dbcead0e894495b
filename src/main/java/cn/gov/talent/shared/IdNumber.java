package cn.gov.talent.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence
 * (odd for men) and an ISO 7064 MOD 11-2 check character.
 */
public final class IdNumber {

    private static final Pattern FORMAT = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumber() {
    }

    /** Upper-cases a trailing x and trims; null stays null. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.trim().toUpperCase();
    }

    /** Valid by GB 11643: format, check character, and a birth date after 1900 and not after {@code today}. */
    public static boolean isValid(String raw, LocalDate today) {
        String value = normalize(raw);
        return value != null && FORMAT.matcher(value).matches()
                && checkCharacter(value) == value.charAt(17)
                && birthDate(value).filter(date -> !date.isAfter(today)
                        && date.isAfter(LocalDate.of(1900, 1, 1))).isPresent();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static Optional<LocalDate> birthDate(String raw) {
        String value = normalize(raw);
        if (value == null || value.length() != 18) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14))));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Odd sequence digit: male. */
    public static boolean isMale(String value) {
        return (normalize(value).charAt(16) - '0') % 2 == 1;
    }
}
