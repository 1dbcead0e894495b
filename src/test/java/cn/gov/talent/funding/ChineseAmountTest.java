package cn.gov.talent.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The payment notice's amount in capitals, as finance writes it on vouchers (人民币大写). */
class ChineseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "150000, 壹拾伍万元整",
            "50000.00, 伍万元整",
            "200000, 贰拾万元整",
            "1409.50, 壹仟肆佰零玖元伍角",
            "6007.14, 陆仟零柒元壹角肆分",
            "107000.53, 壹拾万柒仟元伍角叁分",
            "325.04, 叁佰贰拾伍元零肆分",
            "333333.33, 叁拾叁万叁仟叁佰叁拾叁元叁角叁分",
            "333333.34, 叁拾叁万叁仟叁佰叁拾叁元叁角肆分",
            "1000000, 壹佰万元整",
            "3000000, 叁佰万元整",
            "10000010, 壹仟万零壹拾元整",
            "100000000, 壹亿元整",
            "100010000, 壹亿零壹万元整",
            "100000001, 壹亿零壹元整",
            "1001, 壹仟零壹元整",
            "1010, 壹仟零壹拾元整",
            "100500, 壹拾万零伍佰元整",
            "0.05, 伍分",
            "0.50, 伍角",
            "0, 零元整"})
    void amountsInCapitals(String amount, String capitals) {
        assertThat(ChineseAmount.of(new BigDecimal(amount))).isEqualTo(capitals);
    }

    @Test
    void negativeAmountsAreNotWritten() {
        assertThatThrownBy(() -> ChineseAmount.of(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
