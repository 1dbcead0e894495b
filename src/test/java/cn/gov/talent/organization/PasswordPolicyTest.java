package cn.gov.talent.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
            "short1, zhang, password.policy.length",
            "onlyletters, zhang, password.policy.mix",
            "12345678, zhang, password.policy.mix",
            "zhangsan2026, zhangsan, password.policy.username",
            "Good2026pass, zhang, ''"})
    void explainsTheFirstRuleBroken(String password, String username, String expected) {
        assertThat(PasswordPolicy.check(password, username).orElse("")).isEqualTo(expected);
    }

    @Test
    void generatedPasswordsMeetThePolicyAndDoNotRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String password = PasswordPolicy.generate("abc2");
            assertThat(PasswordPolicy.check(password, "abc2")).isEmpty();
            assertThat(password).hasSize(12).matches("[A-Za-z2-9]+").doesNotContain("abc2");
            assertThat(seen.add(password)).isTrue();
        }
    }
}
