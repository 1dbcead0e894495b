package cn.gov.talent.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/**
 * Over real HTTP sessions (kept in PostgreSQL): when the administrator disables an account or
 * changes its roles, its open sessions end at once; a change of phone number does not end them.
 */
@IntegrationTest
class SessionsEndWhenTheAccountChangesTests {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void disablingAnAccountSignsItOutAtOnce() throws Exception {
        UserAccount user = data.newUser("sess", "NCU", Role.EMPLOYER);
        HttpClient browser = signedIn(user.getUsername());
        assertThat(status(browser, "/account/password")).isEqualTo(200);

        change(user.getId(), form -> form.setPhone("13900009999"));
        assertThat(status(browser, "/account/password")).as("a detail changed: still signed in").isEqualTo(200);

        change(user.getId(), form -> form.setEnabled(false));
        assertThat(status(browser, "/account/password")).as("disabled: signed out").isEqualTo(302);
    }

    @Test
    void aChangeOfRolesIsReadAtTheNextSignIn() throws Exception {
        UserAccount user = data.newUser("sess", "NCU", Role.EMPLOYER);
        HttpClient browser = signedIn(user.getUsername());
        assertThat(status(browser, "/review/experts")).isEqualTo(403);
        change(user.getId(), form -> form.setRoles(EnumSet.of(Role.OFFICE)));
        assertThat(status(browser, "/review/experts")).as("the old session has ended").isEqualTo(302);
        HttpClient again = signedIn(user.getUsername());
        assertThat(status(again, "/review/experts")).as("the new role, at the next sign-in").isEqualTo(200);
    }

    private void change(long userId, Consumer<UserForm> edit) {
        UserForm form = transaction.execute(status -> UserForm.of(accounts.find(userId).orElseThrow()));
        edit.accept(form);
        accounts.update(userId, form, data.actor("admin"));
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String body = "username=" + username + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }

    private int status(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
