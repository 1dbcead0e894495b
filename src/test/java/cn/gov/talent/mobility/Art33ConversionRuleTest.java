package cn.gov.talent.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.gov.talent.program.TermKind;
import cn.gov.talent.shared.Refusal;

/**
 * 002 art. 33: 鼓励支持创新短期项目入选专家转换为创新长期项目; 创新长期项目入选专家原则上不得转换为创新短期项目. Every
 * pair of term kinds (and a category the office did not mark), in both directions.
 */
class Art33ConversionRuleTest {

    @Test
    void shortToLongIsAllowed() {
        ConversionRule.check(TermKind.SHORT, TermKind.LONG);
        assertThat(ConversionRule.allows(TermKind.SHORT, TermKind.LONG)).isTrue();
    }

    @Test
    void longToShortIsRefusedWithTheArticle() {
        assertThatThrownBy(() -> ConversionRule.check(TermKind.LONG, TermKind.SHORT)).isInstanceOfSatisfying(
                Refusal.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("conversion.rule.longToShort");
                    assertThat(refused.field()).isEqualTo("toCategoryId");
                    assertThat(refused.describe(Art32TransferRulesTest.MESSAGES, Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("创新长期项目入选专家原则上不得转换为创新短期项目（002 第三十三条）。");
                });
        assertThat(ConversionRule.allows(TermKind.LONG, TermKind.SHORT)).isFalse();
    }

    @Test
    void anythingElseIsNoConversionOfArticle33() {
        TermKind[] kinds = {TermKind.SHORT, TermKind.LONG, null};
        for (TermKind from : kinds) {
            for (TermKind to : kinds) {
                if (from == TermKind.SHORT && to == TermKind.LONG || from == TermKind.LONG && to == TermKind.SHORT) {
                    continue;
                }
                assertThatThrownBy(() -> ConversionRule.check(from, to)).as(from + " → " + to)
                        .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.messageKey())
                                .isEqualTo("conversion.rule.notShortToLong"));
                assertThat(ConversionRule.allows(from, to)).as(from + " → " + to).isFalse();
            }
        }
    }
}
