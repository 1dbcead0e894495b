package cn.gov.talent.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A typed user name cannot forge log lines: line breaks and other control characters are escaped. */
class LoggableUserNameTest {

    @Test
    void lineBreaksAndControlCharactersAreEscaped() {
        assertThat(LoginAttempts.loggable("admin\r\n2026-01-01 INFO forged line"))
                .isEqualTo("admin\\r\\n2026-01-01 INFO forged line").doesNotContain("\n", "\r");
        assertThat(LoginAttempts.loggable("a\tb\u001b[31mc\u0000d\u2028e")).isEqualTo("a\\tb\\u001b[31mc\\u0000d\\u2028e");
        assertThat(LoginAttempts.loggable("back\\slash")).isEqualTo("back\\\\slash");
    }

    @Test
    void ordinaryNamesAreUnchanged() {
        assertThat(LoginAttempts.loggable("zhang.san")).isEqualTo("zhang.san");
        assertThat(LoginAttempts.loggable("张三")).isEqualTo("张三");
        assertThat(LoginAttempts.loggable(null)).isNull();
    }
}
