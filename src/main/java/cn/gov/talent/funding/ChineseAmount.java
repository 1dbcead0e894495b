package cn.gov.talent.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of yuan in capital Chinese numerals (人民币大写), as finance writes it on a payment notice and a
 * voucher: 壹拾伍万元整, 壹仟肆佰零玖元伍角, 叁佰贰拾伍元零肆分. One 零 stands for any run of zeros between
 * digits (and between groups of four); an amount in whole yuan ends with 整.
 */
public final class ChineseAmount {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();

    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};

    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private ChineseAmount() {
    }

    /** The amount (0 to less than 10,000亿元, to the fen) in capitals. */
    public static String of(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("A non-negative amount");
        }
        BigDecimal fen = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2);
        long total = fen.longValueExact();
        long yuan = total / 100;
        int jiao = (int) (total / 10 % 10);
        int cents = (int) (total % 10);
        if (yuan >= 1_000_000_000_000L) {
            throw new IllegalArgumentException("Too large: " + amount);
        }
        StringBuilder text = new StringBuilder();
        if (yuan > 0) {
            text.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return (yuan == 0 ? "零元" : text.toString()) + "整";
        }
        if (jiao > 0) {
            text.append(DIGITS[jiao]).append('角');
        }
        if (cents > 0) {
            if (jiao == 0 && yuan > 0) {
                text.append('零');
            }
            text.append(DIGITS[cents]).append('分');
        }
        return text.toString();
    }

    /** A positive whole number in capitals, groups of four from the highest. */
    private static String integer(long value) {
        int[] groups = new int[GROUPS.length];
        int count = 0;
        for (long rest = value; rest > 0; rest /= 10_000) {
            groups[count++] = (int) (rest % 10_000);
        }
        StringBuilder text = new StringBuilder();
        boolean zero = false;
        for (int i = count - 1; i >= 0; i--) {
            int group = groups[i];
            if (group == 0) {
                zero = text.length() > 0;
                continue;
            }
            if (text.length() > 0 && (zero || group < 1000)) {
                text.append('零');
            }
            text.append(group(group)).append(GROUPS[i]);
            zero = false;
        }
        return text.toString();
    }

    /** 1 to 9999 in capitals, one 零 for the zeros between digits. */
    private static String group(int value) {
        StringBuilder text = new StringBuilder();
        boolean zero = false;
        for (int position = 3; position >= 0; position--) {
            int digit = value / (int) Math.pow(10, position) % 10;
            if (digit == 0) {
                zero = text.length() > 0;
                continue;
            }
            if (zero) {
                text.append('零');
                zero = false;
            }
            text.append(DIGITS[digit]).append(IN_GROUP[position]);
        }
        return text.toString();
    }
}
