package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.NoticeScenario;

/**
 * Through the real server, as a browser sends it: a file far over the server's limit, a NUL byte and an
 * absurd value each come back as a page in the reader's language, never the container's own error page.
 */
@IntegrationTest
class BadInputOverHttpTests {

    @LocalServerPort
    int port;

    @Autowired
    NoticeScenario notices;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "TALENT_LANG=" + language).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token on the form").isTrue();
        return token.group(1);
    }

    @Test
    void aThirtyMegabyteUploadComesBackToItsFormWithAMessage() throws Exception {
        long notice = notices.inNotice("320", 1).noticeId();
        String form = "/public/notices/" + notice + "/objection";
        String page = get(form, "zh").body();
        String boundary = "----talent" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String fields = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfOf(page)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\n"
                + "materials\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        body.write(fields.getBytes(StandardCharsets.UTF_8));
        byte[] thirtyMegabytes = new byte[30 * 1024 * 1024];
        Arrays.fill(thirtyMegabytes, (byte) 'x');
        body.write(thirtyMegabytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + form))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Referer", "http://localhost:" + port + form)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith(form);
        String back = get(form, "zh").body();
        assertThat(back).contains("文件太大").doesNotContain("Payload Too Large");
    }

    /**
     * A multipart body the server cannot read (no boundary, cut short, more parts than it takes) is bad
     * input: the 400 page, not a server error. The CSRF token goes in its header, as the body is unreadable.
     */
    @Test
    void aBrokenMultipartBodyGivesTheBadRequestPage() throws Exception {
        long notice = notices.inNotice("320", 1).noticeId();
        String form = "/public/notices/" + notice + "/objection";
        String csrf = csrfOf(get(form, "zh").body());
        String boundary = "----talent" + System.nanoTime();
        String field = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\nmaterials\r\n";

        HttpResponse<String> noBoundary = postMultipart(form, "multipart/form-data", csrf, field + "--" + boundary + "--\r\n");
        assertThat(noBoundary.statusCode()).as(noBoundary.body()).isEqualTo(400);
        assertThat(noBoundary.body()).contains("表单内容不完整或无法读取");

        HttpResponse<String> cutShort = postMultipart(form, "multipart/form-data; boundary=" + boundary, csrf,
                field + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 cut");
        assertThat(cutShort.statusCode()).as(cutShort.body()).isEqualTo(400);
        assertThat(cutShort.body()).contains("表单内容不完整或无法读取");

        StringBuilder manyParts = new StringBuilder();
        for (int i = 0; i < 1_100; i++) {
            manyParts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"p")
                    .append(i).append("\"\r\n\r\nx\r\n");
        }
        manyParts.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> tooMany = postMultipart(form, "multipart/form-data; boundary=" + boundary, csrf,
                manyParts.toString());
        // bad input, or (should the container count it as too large) back to the form: never a server error
        assertThat(tooMany.statusCode()).as(tooMany.body()).isIn(400, 302);
    }

    private HttpResponse<String> postMultipart(String path, String contentType, String csrf, String body)
            throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).header("X-CSRF-TOKEN", csrf).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNulByteGivesTheBadRequestPageInTheReadersLanguage() throws Exception {
        HttpResponse<String> chinese = get("/public/lists?q=" + URLEncoder.encode("a\u0000b", StandardCharsets.UTF_8),
                "zh");
        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(chinese.body()).contains("控制字符");
        HttpResponse<String> english = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/register")).header("Cookie", "TALENT_LANG=en").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=" + "x".repeat(20_001))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("longer than any field");
    }

    @Test
    void aWordWhereANumberBelongsGivesTheBadRequestPage() throws Exception {
        HttpResponse<String> answer = get("/public/notices/abc", "en");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Bad request");
    }
}
