package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;

/**
 * Requests that arrive together (two tabs, a double click, many people at nine o'clock) each get a
 * normal page: the first wins, the others see its result or "already done", never a server error
 * (six publications of one list at once: {@code publication.PublishedOnceTests}).
 */
@IntegrationTest
public class SimultaneousRequestsTests {

    private static final int TOGETHER = 20;

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfOf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in as a browser does; the answer to the sign-in form. */
    private HttpResponse<String> signIn(HttpClient browser, String username) throws Exception {
        String login = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + username + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrfOf(login), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static <T> List<T> allAtOnce(int count, Callable<T> each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return each.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twentyRequestsOfOneSessionAtOnce() throws Exception {
        HttpClient browser = browser();
        assertThat(signIn(browser, "office").statusCode()).isEqualTo(302);
        String token = csrfOf(browser.send(HttpRequest.newBuilder(uri("/notifications")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<Integer> statuses = allAtOnce(TOGETHER, () -> browser.send(HttpRequest.newBuilder(
                uri("/notifications/read")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token,
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertThat(statuses).allSatisfy(status -> assertThat(status).isLessThan(500));
        assertThat(browser.send(HttpRequest.newBuilder(uri("/")).GET().build(), HttpResponse.BodyHandlers
                .ofString()).statusCode()).as("the session still works").isEqualTo(200);
    }

    @Test
    void twentySignInsOfOneAccountAtOnce() throws Exception {
        List<HttpResponse<String>> answers = allAtOnce(TOGETHER, () -> signIn(browser(), "supervisor"));
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        });
    }
}
