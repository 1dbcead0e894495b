package cn.gov.talent.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "360102199003071236", "360403198511200020",
            " 44030519770101001X "})
    void acceptsNumbersWithTheRightCheckCharacter(String value) {
        assertThat(IdNumber.isValid(value, TODAY)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310023", "11010519491231002", "1101051949123100211", "11010519491331002X",
            "11010519490230002X", "ABCDEFGHIJKLMNOPQR", "", "36010230000101123X",
            "440524188001010014"})
    void refusesWrongCheckCharactersLengthsAndDatesInTheFutureOrBefore1900(String value) {
        assertThat(IdNumber.isValid(value, TODAY)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThat(IdNumber.isValid(null, TODAY)).isFalse();
    }

    @Test
    void aBirthDateMayBeTodayButNotTomorrow() {
        String bornToday = "36010220261201001";
        String bornTomorrow = "36010220261202001";
        assertThat(IdNumber.isValid(bornToday + IdNumber.checkCharacter(bornToday), TODAY)).isTrue();
        assertThat(IdNumber.isValid(bornTomorrow + IdNumber.checkCharacter(bornTomorrow), TODAY)).isFalse();
        assertThat(IdNumber.isValid(bornTomorrow + IdNumber.checkCharacter(bornTomorrow), TODAY.plusDays(1))).isTrue();
    }

    @Test
    void readsTheBirthDateAndSex() {
        assertThat(IdNumber.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumber.isMale("11010519491231002X")).isFalse();
        assertThat(IdNumber.isMale("360102199003071236")).isTrue();
    }

    @Test
    void masksPersonalData() {
        assertThat(Masking.idNumber("360102199001011234")).isEqualTo("3601**********1234");
        assertThat(Masking.phone("13912345678")).isEqualTo("139****5678");
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.idNumber(null)).isEmpty();
    }
}
