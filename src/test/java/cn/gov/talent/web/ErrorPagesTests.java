package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;

/** Error pages speak the user's language; the language switch is remembered. */
@IntegrationTest
class ErrorPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @LocalServerPort
    int port;

    private String fetch(String path, String languageCookie) {
        var request = RestClient.create("http://localhost:" + port).get().uri(path).accept(MediaType.TEXT_HTML);
        if (languageCookie != null) {
            request = request.header(HttpHeaders.COOKIE, "TALENT_LANG=" + languageCookie);
        }
        return request.exchange((req, response) -> new String(response.getBody().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void notFoundIsInChineseByDefaultAndInEnglishWhenChosen() {
        assertThat(fetch("/public/no-such-page", null)).contains("页面不存在");
        assertThat(fetch("/public/no-such-page", "en")).contains("Not found");
    }

    @Test
    void forbiddenPageExplainsInTheUsersLanguage() throws Exception {
        // MockMvc does not forward to /error by itself: render the error page as the container would
        String page = mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 403)
                        .with(users.as("applicant")).accept(MediaType.TEXT_HTML)
                        .cookie(new Cookie("TALENT_LANG", "en")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Access denied");
        String chinese = mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 403)
                        .with(users.as("applicant")).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(chinese).contains("无权访问");
    }

    @Test
    void languageSwitchSetsACookieAndTranslatesTheSignInPage() throws Exception {
        var response = mvc.perform(get("/login?lang=en")).andReturn().getResponse();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Sign in to Talent Program");
        assertThat(response.getCookie("TALENT_LANG")).isNotNull();
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("登录人才工程管理系统");
    }
}
