package cn.gov.talent.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestClock;
import cn.gov.talent.support.TestData;

/**
 * Sign-in (ADR 0018): one message whatever went wrong; failures pause an account only from the address
 * they came from, with a higher ceiling for the account as a whole; a deep link survives sign-in; an
 * account whose password someone else chose changes it first; HSTS on secure requests.
 */
@IntegrationTest
class SignInIntegrationTests {

    private static final String FAILED = "/login?error";
    private static final String MESSAGE = "用户名或密码不正确，或账户已暂时锁定";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    TransactionTemplate transaction;

    @Value("${talent.security.max-failed-logins}")
    int failuresPerAddress;

    @Value("${talent.security.max-failed-logins-per-account}")
    int failuresPerAccount;

    @LocalServerPort
    int port;

    /** A sign-in as a browser at this client address would post it. */
    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").with(csrf()).param("username", username).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void aWrongPasswordAnUnknownUserNameALockedAndADisabledAccountAllReadTheSame() throws Exception {
        UserAccount wrongPassword = data.newUser("uniform", "NCU", Role.APPLICANT);
        UserAccount locked = data.newUser("uniform", "NCU", Role.APPLICANT);
        UserAccount disabled = data.newUser("uniform", "NCU", Role.APPLICANT);
        jdbc.update("update app_user set locked_until = ? where id = ?",
                OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)), ZoneOffset.UTC), locked.getId());
        jdbc.update("update app_user set enabled = false where id = ?", disabled.getId());

        mvc.perform(formLogin("/login").user(wrongPassword.getUsername()).password("wrong-password1"))
                .andExpect(unauthenticated()).andExpect(header().string("Location", FAILED));
        mvc.perform(formLogin("/login").user("nobody" + wrongPassword.getId()).password("wrong-password1"))
                .andExpect(unauthenticated()).andExpect(header().string("Location", FAILED));
        // the right password, but locked or disabled: the same answer
        mvc.perform(formLogin("/login").user(locked.getUsername()).password(DemoUsers.PASSWORD))
                .andExpect(unauthenticated()).andExpect(header().string("Location", FAILED));
        mvc.perform(formLogin("/login").user(disabled.getUsername()).password(DemoUsers.PASSWORD))
                .andExpect(unauthenticated()).andExpect(header().string("Location", FAILED));
        // old links with a reason read the same too
        assertThat(occurrences(page(get("/login?error=locked")), MESSAGE)).isEqualTo(1);
    }

    /**
     * A locked or disabled account is checked after the password, so it costs a hash like any other
     * failure, and its failures count: guessing at a locked account pauses like guessing at any other.
     */
    @Test
    void failuresOfALockedOrDisabledAccountAreCountedLikeAnyOther() throws Exception {
        UserAccount locked = data.newUser("lockedcount", "NCU", Role.APPLICANT);
        UserAccount disabled = data.newUser("disabledcount", "NCU", Role.APPLICANT);
        jdbc.update("update app_user set locked_until = ? where id = ?",
                OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)), ZoneOffset.UTC), locked.getId());
        jdbc.update("update app_user set enabled = false where id = ?", disabled.getId());
        String address = "198.51.100.21";
        String nobody = "nobody" + locked.getId();

        // the same answer for a locked account (right and wrong password), a disabled one and an unknown name
        String lockedRight = mvc.perform(signIn(locked.getUsername(), DemoUsers.PASSWORD, address))
                .andExpect(unauthenticated()).andReturn().getResponse().getRedirectedUrl();
        String lockedWrong = mvc.perform(signIn(locked.getUsername(), "wrong-password1", address))
                .andExpect(unauthenticated()).andReturn().getResponse().getRedirectedUrl();
        String disabledRight = mvc.perform(signIn(disabled.getUsername(), DemoUsers.PASSWORD, address))
                .andExpect(unauthenticated()).andReturn().getResponse().getRedirectedUrl();
        String unknown = mvc.perform(signIn(nobody, "wrong-password1", address))
                .andExpect(unauthenticated()).andReturn().getResponse().getRedirectedUrl();
        assertThat(List.of(lockedRight, lockedWrong, disabledRight, unknown)).containsOnly(FAILED);

        // every one of them was counted from that address
        for (String name : List.of(locked.getUsername(), disabled.getUsername(), nobody)) {
            assertThat(jdbc.queryForObject("select failures from sign_in_failure where username = ? and client_address = ?",
                    Integer.class, name, address)).as(name).isEqualTo(name.equals(locked.getUsername()) ? 2 : 1);
        }
        // and with the right password, too, a disabled account is paused from there after enough failures
        for (int i = 1; i < failuresPerAddress; i++) {
            mvc.perform(signIn(disabled.getUsername(), DemoUsers.PASSWORD, address))
                    .andExpect(header().string("Location", FAILED));
        }
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where username = ? and locked_until is not null",
                Integer.class, disabled.getUsername())).isEqualTo(1);
    }

    @Test
    void theSignInPageShowsTheMessageOnceInTheReadersLanguage() throws Exception {
        String chinese = page(get("/login").param("error", ""));
        assertThat(occurrences(chinese, MESSAGE)).isEqualTo(1);
        assertThat(chinese).contains("id=\"login-error\"");
        String english = page(get("/login").param("error", "").cookie(new Cookie("TALENT_LANG", "en")));
        assertThat(occurrences(english, "The user name or password is not correct, or the account is temporarily locked"))
                .isEqualTo(1);
        // a message flashed for the layout's slot is not shown beside it
        assertThat(occurrences(page(get("/login").param("error", "").flashAttr("errorText", MESSAGE)), MESSAGE)).isEqualTo(1);
    }

    @Test
    void failuresFromOneAddressPauseThatAddressOnlyAndTheAdministratorSeesAndLiftsIt() throws Exception {
        UserAccount account = data.newUser("pair", "NCU", Role.APPLICANT);
        String stranger = "198.51.100.7";
        String owner = "203.0.113.50";
        for (int i = 0; i < failuresPerAddress; i++) {
            mvc.perform(signIn(account.getUsername(), "wrong-password1", stranger))
                    .andExpect(header().string("Location", FAILED));
        }
        // from the stranger's address even the right password is not tried now
        mvc.perform(signIn(account.getUsername(), DemoUsers.PASSWORD, stranger)).andExpect(unauthenticated())
                .andExpect(header().string("Location", FAILED));
        // the owner, elsewhere, signs in as usual: five failures from A do not lock the account for B
        mvc.perform(signIn(account.getUsername(), DemoUsers.PASSWORD, owner)).andExpect(authenticated())
                .andExpect(header().string("Location", "/"));
        assertThat(accounts.isLocked(accounts.find(account.getId()).orElseThrow())).isFalse();

        assertThat(audit.historyOf("USER", account.getId())).filteredOn(line -> line.getAction().equals("LOCK_USER_ADDRESS"))
                .singleElement().satisfies(line -> {
                    assertThat(line.getNoteKey()).isEqualTo("audit.note.lock.address");
                    assertThat(line.getNoteArguments()).startsWith(stranger, String.valueOf(failuresPerAddress));
                });

        // the administrator sees it on the list and on the account, and lifts it
        assertThat(page(get("/admin/users").param("q", account.getUsername()).with(users.as("admin"))))
                .contains("已锁定");
        assertThat(page(get("/admin/users/" + account.getId()).with(users.as("admin"))))
                .contains("来自 " + stranger + " 的登录连续失败 " + failuresPerAddress + " 次").doesNotContain(owner);
        mvc.perform(post("/admin/users/" + account.getId() + "/unlock").with(users.as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.historyOf("USER", account.getId())).extracting(AuditRecord::getAction).contains("UNLOCK_USER");
        mvc.perform(signIn(account.getUsername(), DemoUsers.PASSWORD, stranger)).andExpect(authenticated())
                .andExpect(header().string("Location", "/"));
    }

    @Test
    void anUnknownUserNamePausesLikeAKnownOne() throws Exception {
        String nobody = "nobody" + System.nanoTime() % 1_000_000;
        for (int i = 0; i < failuresPerAddress; i++) {
            mvc.perform(signIn(nobody, "wrong-password1", "198.51.100.8")).andExpect(header().string("Location", FAILED));
        }
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where username = ? and locked_until is not null",
                Integer.class, nobody)).isEqualTo(1);
    }

    @Test
    void failuresFromManyAddressesTogetherLockTheAccountEverywhere() throws Exception {
        UserAccount account = data.newUser("ceiling", "NCU", Role.APPLICANT);
        int addresses = (failuresPerAccount + failuresPerAddress - 1) / failuresPerAddress;
        for (int a = 1; a <= addresses; a++) {
            for (int i = 0; i < failuresPerAddress; i++) {
                mvc.perform(signIn(account.getUsername(), "wrong-password1", "192.0.2." + a))
                        .andExpect(header().string("Location", FAILED));
            }
        }
        // a fresh address with the right password: locked everywhere, the same message
        mvc.perform(signIn(account.getUsername(), DemoUsers.PASSWORD, "192.0.2.200")).andExpect(unauthenticated())
                .andExpect(header().string("Location", FAILED));
        assertThat(accounts.isLocked(accounts.find(account.getId()).orElseThrow())).isTrue();
        assertThat(audit.historyOf("USER", account.getId())).filteredOn(line -> line.getAction().equals("LOCK_USER"))
                .singleElement().satisfies(line -> {
                    assertThat(line.getNoteKey()).isEqualTo("audit.note.lock.account");
                    assertThat(line.getNoteArguments()).startsWith(String.valueOf(failuresPerAccount));
                });
        assertThat(page(get("/admin/users/" + account.getId()).with(users.as("admin")))).contains("已在所有地址锁定至");

        // the lock ends by itself
        clock.advance(Duration.ofHours(2));
        mvc.perform(signIn(account.getUsername(), DemoUsers.PASSWORD, "192.0.2.200")).andExpect(authenticated());
    }

    @Test
    void aDeepLinkOpenedSignedOutIsWhereSignInLands() throws Exception {
        long id = data.applicationOf("林晓峰");
        HttpClient browser = browser();
        HttpResponse<String> asked = send(browser, "/applications/" + id);
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(location(asked)).endsWith("/login");

        HttpResponse<String> signedIn = signInOver(browser, "employer", DemoUsers.PASSWORD);
        String target = location(signedIn);
        // a path on this site, never an absolute address
        assertThat(target).startsWith("/applications/" + id);
        assertThat(send(browser, target).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutADeepLinkSignInLandsAtHome() throws Exception {
        HttpClient browser = browser();
        assertThat(location(signInOver(browser, "office", DemoUsers.PASSWORD))).isEqualTo("/");
    }

    @Test
    void anAccountTheAdministratorCreatedChangesItsPasswordFirst() throws Exception {
        var form = new UserForm();
        form.setUsername("firstsignin" + System.nanoTime() % 100000);
        form.setFullName("首次登录");
        form.setUnitId(data.unitId("NCU"));
        form.setRoles(EnumSet.of(Role.EMPLOYER));
        form.setPassword("Initial2026");
        UserAccount account = accounts.create(form, data.actor("admin"));
        assertThat(account.isPasswordChangeRequired()).isTrue();

        HttpClient browser = browser();
        assertThat(location(signInOver(browser, form.getUsername(), "Initial2026")))
                .isEqualTo("/account/password");
        for (String path : new String[] {"/", "/applications", "/notifications"}) {
            HttpResponse<String> elsewhere = send(browser, path);
            assertThat(elsewhere.statusCode()).as(path).isEqualTo(302);
            assertThat(location(elsewhere)).as(path).endsWith("/account/password");
        }
        assertThat(send(browser, "/css/app.css").statusCode()).as("static resources stay open").isEqualTo(200);
        HttpResponse<String> passwordPage = send(browser, "/account/password");
        assertThat(passwordPage.statusCode()).isEqualTo(200);
        assertThat(passwordPage.body()).contains("请先修改密码");

        HttpResponse<String> changed = postForm(browser, "/account/password", csrfOf(passwordPage.body()),
                "currentPassword=Initial2026&newPassword=Changed2027&confirmPassword=Changed2027");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(location(changed)).isEqualTo("/");
        assertThat(send(browser, "/").statusCode()).isEqualTo(200);
        assertThat(accounts.find(account.getId()).orElseThrow().isPasswordChangeRequired()).isFalse();

        // the next sign-in goes straight on
        assertThat(location(signInOver(browser(), form.getUsername(), "Changed2027"))).isEqualTo("/");
    }

    @Test
    void aPasswordTheAdministratorResetsIsShownOnceAndMustBeChanged() throws Exception {
        UserAccount account = data.newUser("reset", "NCU", Role.EMPLOYER);
        assertThat(account.isPasswordChangeRequired()).as("demo-style accounts are not flagged").isFalse();
        // redirected after the post, so that reloading the page does not reset again; the password is flashed once
        var reset = mvc.perform(post("/admin/users/" + account.getId() + "/password").with(users.as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/admin/users/" + account.getId())).andReturn();
        String password = (String) reset.getFlashMap().get("newPassword");
        assertThat(password).hasSize(12);
        // (flash attributes set by MockMvc do not reach a page through the database session, so the page that
        // shows it once is not rendered here) — opened again, the account's page does not show it
        assertThat(page(get("/admin/users/" + account.getId()).with(users.as("admin"))))
                .doesNotContain("data-testid=\"initial-password\"");
        assertThat(accounts.find(account.getId()).orElseThrow().isPasswordChangeRequired()).isTrue();
        assertThat(audit.historyOf("USER", account.getId())).extracting(AuditRecord::getAction).contains("RESET_PASSWORD");
        assertThat(location(signInOver(browser(), account.getUsername(), password)))
                .isEqualTo("/account/password");
    }

    @Test
    void demoAccountsAreNotFlagged() {
        transaction.executeWithoutResult(status -> {
            for (String username : new String[] {"admin", "office", "employer", "applicant", "expert01"}) {
                assertThat(accounts.findByUsername(username).orElseThrow().isPasswordChangeRequired()).as(username)
                        .isFalse();
            }
        });
    }

    @Test
    void strictTransportSecurityIsSentOnSecureRequestsOnly() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000"));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    // over real HTTP, with the session in its cookie, as a browser

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> signInOver(HttpClient browser, String username, String password) throws Exception {
        String loginPage = send(browser, "/login").body();
        HttpResponse<String> response = postForm(browser, "/login", csrfOf(loginPage), "username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).doesNotContain("error");
        return response;
    }

    /** The Location header as a path on this site (Tomcat sends it relative; an absolute one is cut to its path). */
    private String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        String origin = "http://localhost:" + port;
        return location.startsWith(origin) ? location.substring(origin.length()) : location;
    }

    private static String csrfOf(String page) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
        return csrf.group(1);
    }

    private HttpResponse<String> send(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(HttpClient browser, String path, String csrf, String body) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + URLEncoder.encode(csrf,
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
