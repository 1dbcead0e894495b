package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** A file too large for the server sends the user back to the page of the form, never off the site. */
class UploadLimitAdviceTest {

    private static MockHttpServletRequest from(String referer) {
        var request = new MockHttpServletRequest("POST", "/review/experts/import");
        request.setServerName("talent.example.cn");
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return request;
    }

    @Test
    void backToThePageOfTheForm() {
        assertThat(UploadLimitAdvice.pageOfTheForm(from("https://talent.example.cn/applications/7/dossier")))
                .isEqualTo("/applications/7/dossier");
        assertThat(UploadLimitAdvice.pageOfTheForm(from("https://talent.example.cn/admin/calendar/import?year=2027")))
                .isEqualTo("/admin/calendar/import?year=2027");
    }

    @Test
    void neverOffTheSite() {
        // only the path is kept: whatever the header names, the answer is a page of this site
        assertThat(UploadLimitAdvice.pageOfTheForm(from("https://evil.example.com/phish"))).isEqualTo("/phish");
        assertThat(UploadLimitAdvice.pageOfTheForm(from("//evil.example.com/phish"))).isEqualTo("/phish");
        assertThat(UploadLimitAdvice.pageOfTheForm(from("not a uri"))).isEqualTo("/");
        assertThat(UploadLimitAdvice.pageOfTheForm(from(null))).isEqualTo("/");
    }
}
