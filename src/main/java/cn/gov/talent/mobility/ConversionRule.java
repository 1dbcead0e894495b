package cn.gov.talent.mobility;

import cn.gov.talent.program.TermKind;
import cn.gov.talent.shared.Refusal;

/**
 * 002 art. 33 as a pure function: 鼓励支持创新短期项目入选专家转换为创新长期项目; 创新长期项目入选专家原则上不得转换为
 * 创新短期项目. A conversion runs between a program's category the office marked short-term and one it marked
 * long-term; anything else is not a conversion of art. 33.
 */
public final class ConversionRule {

    private ConversionRule() {
    }

    /** Allows short to long; refuses long to short with the article, and any other pair as no conversion. */
    public static void check(TermKind from, TermKind to) {
        if (from == TermKind.LONG && to == TermKind.SHORT) {
            throw Refusal.onField("toCategoryId", "conversion.rule.longToShort");
        }
        if (from != TermKind.SHORT || to != TermKind.LONG) {
            throw Refusal.onField("toCategoryId", "conversion.rule.notShortToLong");
        }
    }

    /** Whether a conversion between categories of these kinds is allowed. */
    public static boolean allows(TermKind from, TermKind to) {
        return from == TermKind.SHORT && to == TermKind.LONG;
    }
}
