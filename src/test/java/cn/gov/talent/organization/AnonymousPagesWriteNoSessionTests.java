package cn.gov.talent.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.util.ReflectionTestUtils;

import cn.gov.talent.support.IntegrationTest;

/**
 * A stranger's GET writes no session row (issue 18: ten GETs of the sign-in page wrote ten rows, so anyone could
 * fill the session table): the CSRF token the forms carry is kept in a cookie of its own, not in a session.
 * Over real HTTP, through the application's whole filter chain (Spring Session's included). Signing in with the
 * token from that cookie-backed form still works and creates the session; a form posted without the token is
 * still refused.
 */
@IntegrationTest
class AnonymousPagesWriteNoSessionTests {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FilterChainProxy filters;

    @Autowired
    CsrfTokenRepository csrfTokens;

    /**
     * The application's own CSRF repository back in its filter: spring-security-test's csrf() post-processor,
     * which the MockMvc tests of the shared context use, replaces it for good with one kept in the session.
     */
    @BeforeEach
    void theApplicationsCsrfRepository() {
        replaced = ReflectionTestUtils.getField(csrfFilter(), "tokenRepository");
        ReflectionTestUtils.setField(csrfFilter(), "tokenRepository", csrfTokens);
    }

    /** And the test's one back, for the MockMvc tests that come after. */
    @AfterEach
    void theTestsCsrfRepository() {
        ReflectionTestUtils.setField(csrfFilter(), "tokenRepository", replaced);
    }

    private Object replaced;

    private CsrfFilter csrfFilter() {
        return filters.getFilterChains().stream().flatMap(chain -> chain.getFilters().stream())
                .filter(CsrfFilter.class::isInstance).map(CsrfFilter.class::cast).findFirst().orElseThrow();
    }

    @Test
    void tenStrangersOnTheSignInAndPublicPagesWriteNoSession() throws Exception {
        long before = sessions();
        for (int i = 0; i < 10; i++) {
            HttpClient stranger = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> login = stranger.send(get("/login"), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("name=\"_csrf\"");
            assertThat(login.headers().allValues("set-cookie")).as(() -> "session attributes: " + jdbc.queryForList(
                    "select attribute_name from spring_session_attributes a join spring_session s"
                    + " on s.primary_id = a.session_primary_id order by s.creation_time desc limit 10", String.class))
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
            assertThat(stranger.send(get("/register"), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
        }
        assertThat(sessions()).as("no session row for a stranger's GET").isEqualTo(before);
    }

    @Test
    void theSignInFormStillCarriesAWorkingTokenAndAFormWithoutItIsRefused() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).isTrue();

        HttpResponse<String> withoutToken = browser.send(post("/login", "username=office&password=Demo%402026"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).as("no token: refused").isEqualTo(403);

        HttpResponse<String> signedIn = browser.send(post("/login", "username=office&password=Demo%402026&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("location").orElse("")).doesNotContain("error");
        assertThat(signedIn.headers().allValues("set-cookie")).as("signing in creates the session")
                .anyMatch(cookie -> cookie.startsWith("SESSION="));
        HttpResponse<String> home = browser.send(get("/"), HttpResponse.BodyHandlers.ofString());
        assertThat(home.headers().firstValue("location").orElse("")).as("signed in").doesNotContain("/login");
    }

    private long sessions() {
        return jdbc.queryForObject("select count(*) from spring_session", Long.class);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    private HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }
}
