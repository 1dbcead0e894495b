package cn.gov.talent.organization;

import static org.assertj.core.api.Assertions.assertThat;

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
}
