package cn.gov.talent.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/** Who may open what: sign-in, data scope by URL, CSRF, throttling, headers (each page by each role: PageAccessMatrixTests). */
@IntegrationTest
class SecurityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    Applications applications;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transaction;

    @ParameterizedTest
    @MethodSource("closedPages")
    void anonymousVisitorsAreSentToSignIn(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getHeader("Location")).endsWith("/login");
    }

    static Stream<String> closedPages() {
        return Stream.of("/", "/applications", "/applications/1", "/audit", "/admin/users", "/admin/units",
                "/programs", "/review/experts", "/account/password", "/notifications");
    }

    @Test
    void signInPageRegistrationAndHealthAreOpen() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/register")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        String notice = mvc.perform(get("/public/batches")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notice).contains(data.year() + "年度双高工程人选选拔").contains("年龄不超过 45 周岁")
                .contains("须提交：工作合同或意向性协议").doesNotContain((data.year() - 1) + "年度双高工程");
    }

    @Test
    void actuatorShowsNothingButHealth() throws Exception {
        mvc.perform(get("/actuator/env").with(users.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").with(users.as("admin"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0} opens the application of {1} → {2}")
    @MethodSource("scopeByUrl")
    void applicationsOutsideTheDataScopeAreNotFoundByUrl(String username, String applicantName, int expected)
            throws Exception {
        long id = data.applicationOf(applicantName);
        mvc.perform(get("/applications/" + id).with(users.as(username))).andExpect(status().is(expected));
    }

    static Stream<Arguments> scopeByUrl() {
        return Stream.of(
                // 高志远: 南昌大学, endorsed; 冯子轩: 九江学院, nominated; 罗思琪: 江西铜业, submitted;
                // 林晓峰: 南昌大学, submitted (the demo applicant); 何雨桐: 南昌大学, draft.
                Arguments.of("recommender", "高志远", 200), Arguments.of("recommender02", "高志远", 404),
                Arguments.of("recommender", "冯子轩", 404), Arguments.of("recommender02", "冯子轩", 200),
                Arguments.of("recommender", "林晓峰", 404),
                Arguments.of("employer", "林晓峰", 200), Arguments.of("employer", "罗思琪", 404),
                Arguments.of("employer02", "罗思琪", 200), Arguments.of("employer", "何雨桐", 404),
                Arguments.of("applicant", "林晓峰", 200), Arguments.of("applicant", "何雨桐", 404),
                Arguments.of("office", "冯子轩", 200), Arguments.of("supervisor", "罗思琪", 200),
                Arguments.of("expert01", "林晓峰", 403), Arguments.of("department", "林晓峰", 403),
                // 魏嘉怡: 九江学院, withdrawn after submission, before endorsement
                Arguments.of("employer04", "魏嘉怡", 200), Arguments.of("recommender02", "魏嘉怡", 404));
    }

    @Test
    void listsAreNarrowedToTheDataScopeInTheQuery() throws Exception {
        String jjPath = "/" + data.unitId("JX-HRSS") + "/" + data.unitId("JJ-HRSS") + "/";
        Page<Application> page = listAs("recommender02");
        assertThat(page.getContent()).isNotEmpty()
                .allSatisfy(application -> assertThat(application.getUnitPath()).startsWith(jjPath));
        long ncu = data.unitId("NCU");
        assertThat(listAs("employer").getContent()).isNotEmpty()
                .allSatisfy(application -> assertThat(application.getEmployerUnitId()).isEqualTo(ncu));
        assertThat(listAs("applicant").getContent()).extracting(Application::getApplicantName).containsOnly("林晓峰");
        assertThat(listAs("office").getTotalElements()).isGreaterThan(listAs("recommender").getTotalElements());
    }

    @SuppressWarnings("unchecked")
    private Page<Application> listAs(String username) throws Exception {
        return (Page<Application>) mvc.perform(get("/applications?size=100").with(users.as(username)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("page");
    }

    @Test
    void aDraftWithdrawnBeforeSubmissionStaysPrivateAndOwnApplicationsStayVisibleWhateverTheRoles()
            throws Exception {
        UserAccount staff = data.newUser("tworoles", "NCU", Role.APPLICANT);
        var application = applications.createDraft(Actor.of(data.currentUser(staff)),
                staff.getFullName(), data.batchId("QR"), data.categoryId("QR", "YOUTH"), "南昌大学");
        applications.fire(application.getId(), WorkflowEvent.WITHDRAW,
                Actor.of(data.currentUser(staff)), null,
                TransitionFacts.NONE);
        mvc.perform(get("/applications/" + application.getId()).with(users.as("employer")))
                .andExpect(status().isNotFound());
        // the same person also made an employer officer: still sees their own application
        transaction.executeWithoutResult(s -> accounts.find(staff.getId()).orElseThrow()
                .setRoles(EnumSet.of(Role.APPLICANT, Role.EMPLOYER)));
        mvc.perform(get("/applications/" + application.getId()).with(users.as(staff.getUsername())))
                .andExpect(status().isOk());
    }

    @Test
    void theSessionKeepsNoPasswordHash() throws Exception {
        mvc.perform(formLogin("/login").user("office").password(DemoUsers.PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers
                        .authenticated().withAuthentication(authentication -> assertThat(
                                ((CurrentUser) authentication.getPrincipal()).getPassword())
                                .isNull()));
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() throws Exception {
        long id = data.applicationOf("林晓峰");
        mvc.perform(post("/applications/" + id + "/withdraw").with(users.as("applicant")))
                .andExpect(status().isForbidden());
        assertThat(data.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void anApplicantCannotWithdrawSomeoneElsesApplication() throws Exception {
        long id = data.applicationOf("罗思琪");
        mvc.perform(post("/applications/" + id + "/withdraw").with(users.as("applicant")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(data.status(id)).isEqualTo("SUBMITTED");
    }

    /** More in SignInIntegrationTests: the pause is per address, with a ceiling for the account. */
    @Test
    void repeatedFailedSignInsPauseTheAccountFromThatAddressForAWhile() throws Exception {
        UserAccount account = data.newUser("locktest", "NCU", Role.APPLICANT);
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user(account.getUsername()).password("wrong-password1"))
                    .andExpect(header().string("Location", "/login?error"));
        }
        mvc.perform(formLogin("/login").user(account.getUsername()).password(DemoUsers.PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                .andExpect(header().string("Location", "/login?error"));
        mvc.perform(get("/login?error")).andExpect(status().isOk());
    }

    @Test
    void signInWithTheRightPasswordReachesHomeAndIsLogged() throws Exception {
        UserAccount account = data.newUser("signin", "NCU", Role.APPLICANT);
        mvc.perform(formLogin("/login").user(account.getUsername()).password(DemoUsers.PASSWORD))
                .andExpect(header().string("Location", "/"));
        assertThat(audit.historyOf("USER", account.getId())).extracting(AuditRecord::getAction)
                .contains("LOGIN");
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }
}
