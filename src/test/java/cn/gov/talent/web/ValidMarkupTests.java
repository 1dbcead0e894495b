package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nu.validator.client.EmbeddedValidator;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.KeyPages;
import cn.gov.talent.support.KeyPages.KeyPage;
import cn.gov.talent.support.TestData;

/**
 * The key pages, as the server renders them, are valid HTML by the Nu Html Checker (the W3C's
 * checker, run in the JVM): no error, whatever the warnings. Every error of every page is listed
 * (page, line, message, the offending markup) before the test fails. The pages' markup is the same in
 * both languages; the English sign-in page stands for the English side.
 */
@IntegrationTest
class ValidMarkupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;


    @Test
    void keyPagesAreValidHtml() throws Exception {
        List<String> errors = new ArrayList<>();
        for (KeyPage page : KeyPages.all(jdbc, data)) {
            errors.addAll(check(page, "zh_CN"));
        }
        errors.addAll(check(new KeyPage("sign-in", null, "/login"), "en"));
        assertThat(errors).as("markup errors").isEmpty();
    }

    @Test
    void theSignInErrorIsShownOnce() throws Exception {
        // a refusal flashed on the way to the sign-in page (Answers.ERROR) must not make it two messages
        String page = mvc.perform(get("/login").param("error", "bad").param("lang", "zh_CN")
                        .flashAttr(Answers.ERROR, "用户名或密码不正确。")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher shown = Pattern.compile(Pattern.quote("用户名或密码不正确")).matcher(page);
        int times = 0;
        while (shown.find()) {
            times++;
        }
        assertThat(times).as("times the sign-in error is shown").isEqualTo(1);
    }

    private List<String> check(KeyPage page, String language) throws Exception {
        String where = page + " [" + language + "]";
        MockHttpServletRequestBuilder request = get(page.path()).param("lang", language);
        if (page.account() != null) {
            request.with(users.as(page.account()));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() != 200) {
            return List.of(where + ": answered " + response.getStatus() + ", not 200");
        }
        return errorsIn(response.getContentAsString(StandardCharsets.UTF_8), where);
    }

    @Test
    void theCheckerFindsWhatIsWrong() throws Exception {
        // the check is no empty promise: the defects once seen here are reported
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>x</title></head><body>"
                + "<form hx-post=\"/x\"><input id=\"a\"><input id=\"a\"></form></body></html>";
        assertThat(errorsIn(html, "sample")).hasSizeGreaterThanOrEqualTo(2);
    }

    private static List<String> errorsIn(String html, String where) throws Exception {
        var validator = new EmbeddedValidator();
        // GNU format: one line a message, "file":line.column-line.column: type: text
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        validator.setAsciiQuotes(true);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = new ArrayList<>();
        for (String line : report.split("\\R")) {
            if (line.contains(": error:") || line.contains("non-document-error") || line.contains(": fatal:")) {
                errors.add(where + ": " + line.replaceFirst("^\"[^\"]*\":", "line "));
            }
        }
        return errors;
    }
}
