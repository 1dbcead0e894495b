package cn.gov.talent.shared;

/** How personal data appears on screen to those who need not see it whole. */
public final class Masking {

    private Masking() {
    }

    /** 360102199001011234 → 3601**********1234 */
    public static String idNumber(String value) {
        return keepEnds(value, 4, 4);
    }

    /** 13912345678 → 139****5678 */
    public static String phone(String value) {
        return keepEnds(value, 3, 4);
    }

    /** 张三丰 → 张** */
    public static String name(String value) {
        return keepEnds(value, 1, 0);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
