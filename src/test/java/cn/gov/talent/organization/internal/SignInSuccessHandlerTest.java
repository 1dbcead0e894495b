package cn.gov.talent.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After sign-in, the page that asked for it, as a path on this site only. */
class SignInSuccessHandlerTest {

    @Test
    void keepsThePathAndQueryOfThisSite() {
        assertThat(SignInSuccessHandler.sameSiteTarget("http://localhost:8080/applications/5?continue", "localhost", ""))
                .isEqualTo("/applications/5?continue");
        assertThat(SignInSuccessHandler.sameSiteTarget("https://rencai.example.gov.cn/review/tasks?page=2&continue",
                "rencai.example.gov.cn", "")).isEqualTo("/review/tasks?page=2&continue");
        assertThat(SignInSuccessHandler.sameSiteTarget("http://localhost/talent/applications/5", "localhost", "/talent"))
                .isEqualTo("/applications/5");
    }

    @Test
    void goesHomeInsteadOfAnywhereElse() {
        assertThat(SignInSuccessHandler.sameSiteTarget(null, "localhost", "")).isEqualTo("/");
        assertThat(SignInSuccessHandler.sameSiteTarget("https://evil.example/applications/5", "localhost", ""))
                .isEqualTo("/");
        assertThat(SignInSuccessHandler.sameSiteTarget("http://localhost//evil.example/x", "localhost", ""))
                .isEqualTo("/");
        assertThat(SignInSuccessHandler.sameSiteTarget("http://localhost/other/x", "localhost", "/talent"))
                .isEqualTo("/");
        assertThat(SignInSuccessHandler.sameSiteTarget("http://localhost/login?error", "localhost", "")).isEqualTo("/");
        assertThat(SignInSuccessHandler.sameSiteTarget("http://localhost/error", "localhost", "")).isEqualTo("/");
        assertThat(SignInSuccessHandler.sameSiteTarget("not a url at all", "localhost", "")).isEqualTo("/");
    }
}
