package cn.gov.talent.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestClock;
import cn.gov.talent.support.TestData;
import cn.gov.talent.web.Answers;

/**
 * Registration refuses bad input with a clear Chinese message and keeps what was typed; it never tells
 * whether an ID number is already registered.
 */
@IntegrationTest
class RegistrationIntegrationTests {

    @Autowired
    MockMvc mvc;

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

    @Value("${talent.rate-limit.registrations}")
    int registrationsPerWindow;

    /** The start of a rate limit window (windows are whole multiples of their length). */
    private static final Instant WINDOW_START = Instant.parse("2027-03-01T02:00:00Z");

    private MockHttpServletRequestBuilder register(String username, String idNumber, String password,
            String confirm) {
        return register("欧阳明月", username, idNumber, password, confirm);
    }

    private MockHttpServletRequestBuilder register(String fullName, String username, String idNumber,
            String password, String confirm) {
        return post("/register").with(csrf())
                .param("fullName", fullName).param("idNumber", idNumber).param("phone", "13912345678")
                .param("email", "ouyang@example.cn").param("employerId", String.valueOf(data.unitId("NCU")))
                .param("username", username).param("password", password).param("confirmPassword", confirm);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadIdNumberIsExplainedAndTheOtherFieldsStayFilledIn() throws Exception {
        String html = page(register("ouyang1", "360102199003071234", "Secret2026", "Secret2026"));
        assertThat(html).contains("请输入正确的 18 位居民身份证号码").contains("error-summary")
                .contains("value=\"欧阳明月\"").contains("value=\"13912345678\"").contains("value=\"ouyang1\"")
                .contains("value=\"360102199003071234\"");
        assertThat(accounts.findByUsername("ouyang1")).isEmpty();
    }

    @Test
    void anEmptyFormGetsOneMessagePerFieldInTheOrderOfTheForm() throws Exception {
        String html = page(post("/register").with(csrf()));
        String summary = html.substring(html.indexOf("error-summary"), html.indexOf("</ul>", html.indexOf("error-summary")));
        assertThat(summary).containsSubsequence("请输入姓名", "请输入居民身份证号码", "请输入手机号码", "请输入电子邮箱",
                "请选择工作单位", "请输入用户名", "请输入密码", "请再次输入密码");
        assertThat(summary).doesNotContain("例如 13912345678");
    }

    @Test
    void aWeakPasswordIsExplained() throws Exception {
        assertThat(page(register("ouyang2", "360102199003071236", "short", "short")))
                .contains("密码至少 8 位").contains("value=\"欧阳明月\"");
        assertThat(page(register("ouyang2", "360102199003071236", "abcdefghij", "abcdefghij")))
                .contains("密码须同时包含字母和数字");
        assertThat(page(register("ouyang2", "360102199003071236", "Secret2026", "Secret2027")))
                .contains("两次输入的密码不一致");
    }

    @Test
    void aTakenUserNameIsExplained() throws Exception {
        assertThat(page(register("admin", "360403198511200020", "Secret2026", "Secret2026")))
                .contains("该用户名已被使用").contains("value=\"admin\"");
    }

    @Test
    void aGoodRegistrationOpensAnApplicantAccountWithNothingToChangeAtFirstSignIn() throws Exception {
        mvc.perform(register("OuYang3", "44030519770101001X", "Secret2026", "Secret2026"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/login"))
                .andExpect(flash().attribute(Answers.SUCCESS, containsString("如果该身份证号码已注册，请直接登录或联系管理员重置密码")));
        UserAccount account = accounts.findByUsername("ouyang3").orElseThrow();
        assertThat(account.getRoles()).containsExactly(Role.APPLICANT);
        assertThat(account.getUnit().getId()).isEqualTo(data.unitId("NCU"));
        assertThat(account.getPasswordHash()).doesNotContain("Secret2026");
        assertThat(account.isPasswordChangeRequired()).as("the applicant chose the password").isFalse();
    }

    /**
     * An ID number that already has an account gets exactly the answer of a new one (the same redirect and
     * message), creates nothing, and leaves a line in the audit trail of the account that holds it: the page
     * does not tell whether someone's ID number is registered.
     */
    @Test
    void anIdNumberAlreadyRegisteredGetsTheSameAnswerAsANewOneAndCreatesNothing() throws Exception {
        String first17 = "44030519800202003";
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        MvcResult fresh = mvc.perform(register("ouyang6", idNumber, "Secret2026", "Secret2026"))
                .andExpect(status().is3xxRedirection()).andReturn();
        UserAccount holder = accounts.findByUsername("ouyang6").orElseThrow();
        long usersBefore = accounts.count();

        MvcResult again = mvc.perform(register("ouyang7", idNumber.toLowerCase(), "Secret2026", "Secret2026"))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(again.getResponse().getHeader("Location")).isEqualTo(fresh.getResponse().getHeader("Location"))
                .isEqualTo("/login");
        assertThat(Map.copyOf(again.getFlashMap())).isEqualTo(Map.copyOf(fresh.getFlashMap()));
        assertThat(accounts.findByUsername("ouyang7")).isEmpty();
        assertThat(accounts.count()).isEqualTo(usersBefore);
        assertThat(audit.historyOf("USER", holder.getId())).extracting(AuditRecord::getAction)
                .contains("REGISTER_DUPLICATE_ID_NUMBER");
        // and the sign-in page it leads to shows the one message for both (flash attributes set by MockMvc
        // do not reach the page through the database session: the message itself is checked)
        assertThat(again.getFlashMap().values().toString()).contains("注册信息已提交").doesNotContain("已被其他账户使用");
    }

    /**
     * Registrations are rate-limited per client address: over the limit the answer is 429 in the reader's
     * language, nothing is created, and other addresses are not affected. The suite's limit is high (it
     * registers often from one address): the window is filled up to one below it directly.
     */
    @Test
    void registrationIsLimitedPerAddress() throws Exception {
        clock.setTo(WINDOW_START);
        String address = "192.0.2.91";
        String first17 = "44030519900303003";
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        jdbc.update("insert into rate_limit_window (bucket, client_address, window_start, hits) values (?, ?, ?, ?)",
                RegistrationController.BUCKET, address, OffsetDateTime.ofInstant(WINDOW_START, ZoneOffset.UTC),
                registrationsPerWindow - 1);
        // the last one within the limit is answered as usual (here: a refusal on the form)
        page(register("ratelimit1", "360102199003071234", "Secret2026", "Secret2026").with(from(address)));
        String refused = mvc.perform(register("ratelimit2", idNumber, "Secret2026", "Secret2026")
                        .with(from(address)))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("注册过于频繁").contains("分钟后再试").doesNotContain("查询过于频繁");
        assertThat(accounts.findByUsername("ratelimit2")).isEmpty();
        String english = mvc.perform(register("ratelimit3", idNumber, "Secret2026", "Secret2026")
                        .with(from(address)).cookie(new Cookie("TALENT_LANG", "en")))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Too many registrations");
        // another address registers
        mvc.perform(register("ratelimit4", idNumber, "Secret2026", "Secret2026").with(from("192.0.2.92")))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/login"));
        assertThat(accounts.findByUsername("ratelimit4")).isPresent();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void scriptInTheNameIsShownEscaped() throws Exception {
        String html = page(register("<script>alert(1)</script>", "ouyang5", "bad", "Secret2026",
                "Secret2026"));
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }
}
