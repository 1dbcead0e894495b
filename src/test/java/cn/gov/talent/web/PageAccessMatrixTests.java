package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.RouteRecords;

/**
 * Every page that answers GET, opened by every kind of account and by an anonymous visitor: who
 * gets the page, who is refused (403), and who is told the record does not exist (404, another
 * unit's or another person's record). The records are real: a batch taken through review to a
 * public notice with an objection under investigation. Every form target refuses the roles it is
 * not for. The last two tests fail when a page or a form target is added without a row here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAccessMatrixTests {

    /** Signed-in accounts; "owner" is the scenario's applicant, "expert" sits on its panel, "otherExpert" does not. */
    static final List<String> ACCOUNTS = List.of("admin", "office", "supervisor", "department", "recommender",
            "recommender02", "employer", "employer02", "applicant", "owner", "expert", "otherExpert");

    static final String ANONYMOUS = "anonymous";

    /**
     * Every form target, with the roles that may post to it. Everyone else is refused (403) before
     * anything is read or changed; anonymous visitors are sent to sign in. Whether the allowed roles
     * may act on a given record (another unit's: 404) is tested with each flow.
     */
    static final String[][] ACTIONS = {
            {"/register", "PUBLIC"}, {"/public/notices/{notice}/objection", "PUBLIC"},
            {"/account/password", "ALL"}, {"/notifications/read", "ALL"},
            {"/account/settings", "ALL"},

            {"/admin/units/new", "ADMIN"}, {"/admin/units/{unit}", "ADMIN"}, {"/admin/users/new", "ADMIN"},
            {"/admin/users/{user}", "ADMIN"}, {"/admin/users/{user}/unlock", "ADMIN"},
            {"/admin/users/{user}/password", "ADMIN"},
            {"/admin/calendar", "ADMIN"}, {"/admin/calendar/{day}", "ADMIN"},
            {"/admin/calendar/{day}/delete", "ADMIN"}, {"/admin/calendar/import", "ADMIN"},
            {"/admin/calendar/years/{calendarYear}?complete=true", "ADMIN"},
            {"/admin/mail/{mailMessage}/resend", "ADMIN"},

            {"/programs/new", "OFFICE"}, {"/programs/{program}/categories", "OFFICE"},
            {"/programs/{program}/batches/new", "OFFICE"}, {"/programs/batches/{batch}", "OFFICE"},
            {"/programs/categories/{category}/rules", "OFFICE"},
            {"/programs/categories/{category}/support-years", "OFFICE"}, {"/programs/{program}/limits", "OFFICE"},
            {"/programs/{program}/transfer-rule", "OFFICE"}, {"/programs/categories/{category}/mobility", "OFFICE"},
            {"/programs/categories/{category}/talent-kind", "OFFICE"},

            {"/applications/new?batchId={batch}&categoryId={category}", "APPLICANT"}, {"/applications/{application}/dossier", "APPLICANT"},
            {"/applications/{application}/eligibility", "APPLICANT"},
            {"/applications/{application}/attachments", "APPLICANT"},
            {"/applications/{application}/attachments/{attachment}/delete", "APPLICANT"},
            {"/applications/{application}/withdraw", "APPLICANT"},
            {"/applications/{application}/decision?event=ENDORSE", "EMPLOYER"}, {"/applications/bulk-endorse", "EMPLOYER"},
            {"/applications/bulk-endorse/confirm?ids={application}", "EMPLOYER"},
            {"/applications/{application}/formal-review?pass=true", "OFFICE"},

            {"/recommendation/applications/{application}?action=NOMINATE&batchId={batch}", "RECOMMENDER"},
            {"/recommendation/applications/{application}/rank", "RECOMMENDER"},
            {"/recommendation/applications/{application}/opinion?batchId={batch}", "RECOMMENDER"},
            {"/recommendation/batches/{batch}/evaluation", "RECOMMENDER"},
            {"/recommendation/batches/{batch}/notice", "RECOMMENDER"},
            {"/recommendation/batches/{batch}/forward", "RECOMMENDER"},
            {"/recommendation/dashboard/{batch}/extend?unitId={unit}", "OFFICE"},
            {"/recommendation/quotas/{batch}?unitId={unit}", "OFFICE"},
            {"/recommendation/quotas/{batch}/categories?unitId={unit}&categoryId={category}", "OFFICE"},

            {"/review/experts/{expertRecord}", "OFFICE"}, {"/review/experts/{expertRecord}/status?status=SUSPENDED", "OFFICE"},
            {"/review/experts/import", "OFFICE"},
            {"/review/batches/{batch}/rounds", "OFFICE"}, {"/review/rounds/{round}/draw", "OFFICE"},
            {"/review/rounds/{round}/deadline", "OFFICE"},
            {"/review/rounds/{round}/applications/{application}/redraw", "OFFICE"},
            {"/review/rounds/{round}/applications/{application}/assign", "OFFICE"},
            {"/review/assignments/{task}/remove", "OFFICE"}, {"/review/assignments/{task}/reopen", "OFFICE"},
            {"/review/rounds/{round}/aggregate", "OFFICE"},
            {"/review/batches/{batch}/proposal/draft", "OFFICE"},
            {"/review/batches/{batch}/proposal/entries/{application}?include=false", "OFFICE"},
            {"/review/batches/{batch}/proposal/confirm", "OFFICE"},
            {"/review/consultation/{batch}", "DEPARTMENT"},
            {"/review/tasks/{task}", "EXPERT"}, {"/review/tasks/{task}/conflict", "EXPERT"},
            {"/review/tasks/{task}/decline", "EXPERT"},

            {"/publication/batches/{batch}/notice", "OFFICE"}, {"/publication/batches/{batch}/approve", "OFFICE"},
            {"/publication/batches/{batch}/publish", "OFFICE"},
            {"/publication/batches/{batch}/filing", "OFFICE"},
            {"/publication/batches/{batch}/filing/correction", "OFFICE"},
            {"/publication/objections/{objection}/triage?investigate=false", "OFFICE"},
            {"/publication/objections/{objection}/experts", "OFFICE"},
            {"/publication/objections/{objection}/decision?upheld=true", "OFFICE"},
            {"/publication/objections/{objection}/explanation", "OFFICE"},
            {"/publication/investigations/{objection}", "RECOMMENDER"},
            {"/publication/investigations/{objection}/explanation", "RECOMMENDER"},
            {"/publication/explanations/{explanation}", "EMPLOYER"},
            {"/publication/questions/{question}", "EXPERT"},

            {"/talents/{talent}/reports", "APPLICANT"},
            {"/talents/reports/{talentReport}/grade", "EMPLOYER"},
            {"/talents/reports/{talentReport}/{talentReportStep}", "EMPLOYER RECOMMENDER OFFICE"},
            {"/talents/{talent}/outputs", "APPLICANT EMPLOYER"},
            {"/talents/{talent}/reminders", "EMPLOYER"},
            {"/talents/{talent}/withdrawal", "APPLICANT"}, {"/talents/{talent}/withdrawal/cancel", "APPLICANT"},
            {"/talents/{talent}/exit", "EMPLOYER"},
            {"/talents/{talent}/exit/forward", "RECOMMENDER"}, {"/talents/{talent}/exit/return", "RECOMMENDER"},
            {"/talents/{talent}/exit/decision", "OFFICE"},
            {"/talents/{talent}/final-assessment", "OFFICE"},

            {"/funding/plans/new", "OFFICE"}, {"/funding/plans/{fundingPlan}", "OFFICE"},
            {"/funding/records/{talent}/grants", "OFFICE"},
            {"/funding/records/{talent}/contract", "EMPLOYER OFFICE"},
            {"/funding/tranches/{fundingTranche}/release", "OFFICE"},
            {"/funding/tranches/{fundingTranche}/payment", "OFFICE"},
            {"/funding/grants/{fundingGrant}/extensions", "EMPLOYER"},
            {"/funding/extensions/{fundingExtension}/decision", "OFFICE"},

            {"/transfers/new", "APPLICANT"},
            {"/transfers/{transfer}/consent", "EMPLOYER"}, {"/transfers/{transfer}/compile", "EMPLOYER"},
            {"/transfers/{transfer}/review", "RECOMMENDER"},
            {"/transfers/{transfer}/panel-opinion", "OFFICE"}, {"/transfers/{transfer}/approve", "OFFICE"},
            {"/transfers/{transfer}/refuse", "EMPLOYER RECOMMENDER OFFICE"},
            {"/transfers/{transfer}/withdraw", "APPLICANT"},
            {"/conversions/new", "APPLICANT"}, {"/conversions/{conversion}/decision", "OFFICE"},

            {"/yearend", "OFFICE"}, {"/yearend/{yearEndYear}/remind", "OFFICE"},
            {"/yearend/{yearEndYear}/units/{yearEndUnit}/save", "RECOMMENDER"},
            {"/yearend/{yearEndYear}/units/{yearEndUnit}/submit", "RECOMMENDER"},
            {"/yearend/{yearEndYear}/units/{yearEndUnit}/return", "OFFICE"},
            {"/yearend/{yearEndYear}/units/{yearEndUnit}/reopen", "OFFICE"},
    };

    /** The accounts of each role. */
    static final Map<String, List<String>> ROLES = Map.of("ADMIN", List.of("admin"), "OFFICE", List.of("office"),
            "SUPERVISOR", List.of("supervisor"), "DEPARTMENT", List.of("department"),
            "RECOMMENDER", List.of("recommender", "recommender02"), "EMPLOYER", List.of("employer", "employer02"),
            "APPLICANT", List.of("applicant", "owner"), "EXPERT", List.of("expert", "otherExpert"));

    /** An application in the notice: its own applicant, employer and recommending unit, and the office, see it. */
    static final String SCOPED = "office supervisor recommender employer owner recommender02:404 employer02:404"
            + " applicant:404";

    /** A submitted application: its applicant and employer, and the office, see it; not yet its recommending unit. */
    static final String SUBMITTED = "office supervisor employer submitter recommender:404 recommender02:404"
            + " employer02:404 applicant:404 owner:404";

    /**
     * A talent record at the employer's unit: its holder, employer and recommending unit, the office and
     * the supervisor see it; other units and other applicants are told it does not exist.
     */
    static final String TALENT = "office supervisor employer recommender talentHolder employer02:404"
            + " recommender02:404 applicant:404 owner:404";

    /** Evidence of an output or exit that does not exist: not found for everyone who may read records. */
    static final String TALENT_EVIDENCE = "office:404 supervisor:404 employer:404 recommender:404 talentHolder:404"
            + " employer02:404 recommender02:404 applicant:404 owner:404";

    /**
     * A transfer from the employer's unit (南昌大学) to 四川大学, and a conversion asked for by the same person: the
     * person, the current employer and the recommending unit above it, the office and the supervisor see them;
     * other units and other applicants are told they do not exist. (四川大学 and 四川省人社厅, the receiving side,
     * see the transfer too: Art32TransferTests.)
     */
    static final String TRANSFER = "office supervisor employer recommender transferHolder employer02:404"
            + " recommender02:404 applicant:404 owner:404";

    /** A file of a transfer's materials that does not exist: not found for everyone who may read the transfer. */
    static final String TRANSFER_FILE = "office:404 supervisor:404 employer:404 recommender:404 transferHolder:404"
            + " employer02:404 recommender02:404 applicant:404 owner:404";

    /** The sign-in page sends someone already signed in to their home page. */
    static final String SIGNED_IN_GO_HOME = "admin:302 office:302 supervisor:302 department:302 recommender:302"
            + " recommender02:302 employer:302 employer02:302 applicant:302 owner:302 expert:302 otherExpert:302";

    /**
     * Path (placeholders in braces), then who gets what: a name alone means 200, "name:404" another
     * code, "all" every signed-in account, "public" everyone including anonymous visitors. Accounts
     * not named get 403; anonymous visitors are sent to sign in.
     */
    static final String[][] MATRIX = {
            {"/", "all"},
            {"/login", "anonymous " + SIGNED_IN_GO_HOME},
            {"/register", "public"},
            {"/account/password", "all"},
            {"/notifications", "all"},
            {"/account/settings", "all"},
            {"/certificates", "all"},
            {"/certificates/{certificate}.pdf", "office supervisor certificateHolder admin:404 department:404"
                    + " recommender:404 recommender02:404 employer:404 employer02:404 applicant:404 owner:404"
                    + " expert:404 otherExpert:404"},

            {"/admin/units", "admin"}, {"/admin/units/new", "admin"}, {"/admin/units/{unit}", "admin"},
            {"/admin/users", "admin"}, {"/admin/users/new", "admin"}, {"/admin/users/{user}", "admin"},
            {"/admin/calendar", "admin"}, {"/admin/calendar/{day}", "admin"},
            {"/admin/calendar/check?start=2026-09-28&workingDays=5", "admin"},
            {"/admin/calendar/import", "admin"}, {"/admin/calendar/template.xlsx", "admin"},
            {"/admin/mail", "admin"}, {"/admin/mail?status=FAILED", "admin"},
            {"/audit", "office supervisor"},

            {"/programs", "office supervisor"}, {"/programs/new", "office"},
            {"/programs/{program}/batches/new", "office"}, {"/programs/batches/{batch}", "office"},
            {"/programs/categories/{category}/rules", "office"}, {"/programs/{program}/limits", "office"},

            {"/applications", "office supervisor recommender recommender02 employer employer02 applicant owner"},
            {"/applications/export.xlsx", "office supervisor recommender recommender02 employer employer02 applicant owner"},
            {"/applications/new", "applicant owner"},
            {"/applications/{application}", SCOPED},
            {"/applications/{submitted}/versions/{version}", SUBMITTED},
            {"/applications/{submitted}/diff?from=1&to=1", SUBMITTED},
            {"/applications/{application}/attachments/{attachment}", SCOPED},
            // the official forms: the 申报表 for the applicant too, the 推荐表 for the units and the office only
            {"/applications/{application}/form.pdf", "office recommender employer owner recommender02:404"
                    + " employer02:404 applicant:404"},
            {"/applications/{application}/recommendation.pdf", "office recommender employer recommender02:404"
                    + " employer02:404"},
            {"/applications/{submitted}/form.pdf", "office employer submitter recommender:404 recommender02:404"
                    + " employer02:404 applicant:404 owner:404"},
            {"/applications/{application}/dossier", "owner:302 applicant:404"},

            {"/recommendation", "office recommender recommender02"},
            {"/recommendation/batches/{batch}", "recommender recommender02"},
            {"/recommendation/batches/{batch}/summary.xlsx", "recommender recommender02"},
            {"/recommendation/dashboard/{batch}", "office supervisor"},
            {"/recommendation/quotas/{batch}", "office"},

            {"/review/experts", "office"}, {"/review/experts/export.xlsx", "office"},
            {"/review/experts/import", "office"}, {"/review/experts/template.xlsx", "office"},
            {"/review/experts/{expertRecord}", "office"},
            {"/review/batches", "office supervisor"}, {"/review/batches/{batch}", "office supervisor"},
            {"/review/rounds/{round}", "office supervisor"},
            {"/review/rounds/{round}/applications/{application}", "office supervisor"},
            {"/review/rounds/{round}/ranking", "office supervisor"},
            {"/review/rounds/{round}/ranking.xlsx", "office supervisor"},
            {"/review/draws/{draw}", "office supervisor"},
            {"/review/batches/{batch}/proposal", "office supervisor"},
            {"/review/batches/{batch}/proposal/export.xlsx", "office supervisor"},
            {"/review/consultation", "department"}, {"/review/consultation/{batch}", "department"},
            {"/review/tasks", "expert otherExpert"}, {"/review/tasks/{task}", "expert otherExpert:404"},
            {"/review/tasks/{task}/attachments/{attachment}", "expert otherExpert:404"},

            {"/public/batches", "public"}, {"/public/notices", "public"}, {"/public/notices/{notice}", "public"},
            {"/public/notices/{notice}/objection", "public"}, {"/public/objections/status", "public"},
            {"/public/lists", "public"}, {"/public/lists/{publishedBatch}", "public"}, {"/public/verify", "public"},

            {"/publication", "office supervisor"}, {"/publication/batches/{batch}", "office supervisor"},
            {"/publication/batches/{publishedBatch}/records?q=SG", "office supervisor"},
            {"/publication/batches/{publishedBatch}/list.xlsx", "office supervisor"},
            {"/publication/batches/{nationalBatch}/ministry.xlsx", "office"},
            {"/publication/batches/{publishedBatch}/ministry.xlsx", "office:404"},
            {"/publication/batches/{publishedBatch}/certificates.zip", "office"},
            {"/publication/batches/{publishedBatch}/filing.xlsx", "office supervisor"},
            {"/publication/batches/{batch}/filing.xlsx", "office:404 supervisor:404"},
            {"/publication/batches/{filedBatch}/filing/receipt", "office supervisor"},
            {"/publication/batches/{batch}/filing/receipt", "office:404 supervisor:404"},
            {"/publication/objections/{objection}", "office supervisor"},
            {"/publication/objections/{objection}/files/{objectionFile}", "office supervisor"},
            {"/publication/investigations", "recommender recommender02"},
            {"/publication/investigations/{objection}", "recommender recommender02:404"},
            {"/publication/investigations/{objection}/files/{objectionFile}", "recommender recommender02:404"},
            {"/publication/questions", "expert otherExpert"},
            {"/publication/explanations", "employer employer02"},
            {"/publication/explanations/{explanation}", "employer employer02:404"},
            {"/publication/explanations/{explanation}/files/{explanationFile}", "employer employer02:404"},

            {"/talents", "office supervisor recommender recommender02 employer employer02 applicant owner"},
            {"/talents?gender=F&region=CENTRAL&order=NAME&dir=desc",
                    "office supervisor recommender recommender02 employer employer02 applicant owner"},
            {"/talents/export.xlsx", "office supervisor recommender recommender02 employer employer02"},
            {"/talents/export.xlsx?ageBand=UNDER_36&order=BIRTH_DATE",
                    "office supervisor recommender recommender02 employer employer02"},
            {"/talents/reports", "office recommender recommender02 employer employer02"},
            {"/talents/final-assessments", "office supervisor"},
            {"/talents/{talent}", TALENT},
            {"/talents/{talent}/file", TALENT},
            {"/talents/{talent}/file.xlsx", TALENT},
            {"/talents/{talent}/outputs/{talentOutput}/evidence", TALENT_EVIDENCE},
            {"/talents/{talent}/exits/{talentExit}/evidence", TALENT_EVIDENCE},

            {"/funding", "office supervisor recommender recommender02 employer employer02"},
            {"/funding/unplanned", "office"},
            {"/funding/extensions", "office supervisor"},
            {"/funding/totals", "office supervisor recommender recommender02 employer employer02"},
            {"/funding/disbursements.xlsx", "office supervisor recommender recommender02 employer employer02"},
            {"/funding/plans", "office supervisor"}, {"/funding/plans/new", "office"},
            {"/funding/plans/{fundingPlan}", "office"},
            {"/funding/records/{talent}", TALENT},
            // no work contract on file for that record: not found for everyone who may read it
            {"/funding/records/{talent}/contract", TALENT_EVIDENCE},
            // a paid tranche of the employer's unit: its payment notice for the units within their scope and the office
            {"/funding/tranches/{fundingTranche}/notice.pdf", "office supervisor employer recommender employer02:404"
                    + " recommender02:404"},

            {"/transfers", "office supervisor recommender recommender02 employer employer02 applicant owner"},
            {"/transfers/new?recordId={transferRecord}", "transferHolder applicant:404 owner:404"},
            {"/transfers/{transfer}", TRANSFER},
            {"/transfers/{transfer}/files/{transferFile}", TRANSFER_FILE},
            {"/conversions", "office supervisor recommender recommender02 employer employer02 applicant owner"},
            {"/conversions/new?recordId={transferRecord}", "transferHolder applicant:404 owner:404"},
            {"/conversions/{conversion}", TRANSFER},

            // this year's report (YearEndDemoData): a recommending unit is sent on to its own report
            {"/yearend", "office supervisor recommender recommender02"},
            {"/yearend/{yearEndYear}", "office supervisor recommender:302 recommender02:302"},
            {"/yearend/{yearEndYear}/units/{yearEndUnit}", "office supervisor recommender recommender02:404"},
            {"/yearend/{yearEndYear}/report.xlsx", "office supervisor"},
            {"/yearend/{yearEndYear}/report.pdf", "office supervisor"},
            // 统计分析: the office and the supervisor (the province), the recommending units (their subtree)
            {"/statistics", "office supervisor recommender recommender02"},
            {"/statistics/selection", "office supervisor recommender recommender02"},
            {"/statistics/people", "office supervisor recommender recommender02"},
            {"/statistics/after-selection", "office supervisor recommender recommender02"},
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    RouteRecords routeRecords;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    final Map<String, String> ids = new HashMap<>();

    final Map<String, String> usernames = new HashMap<>();

    @BeforeAll
    void aBatchInItsPublicNoticeWithAnObjectionUnderInvestigation() {
        RouteRecords.Records records = routeRecords.create();
        ids.putAll(records.ids());
        usernames.putAll(records.usernames());
    }

    @TestFactory
    Stream<DynamicTest> eachAccountGetsOnlyWhatItMaySee() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] row : MATRIX) {
            Map<String, Integer> expected = expectations(row[1]);
            for (Map.Entry<String, Integer> entry : expected.entrySet()) {
                String account = entry.getKey();
                int status = entry.getValue();
                tests.add(DynamicTest.dynamicTest(account + " GET " + row[0] + " → " + status,
                        () -> assertThat(statusOf(account, row[0])).as("%s GET %s", account, row[0])
                                .isEqualTo(status)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> noOneElsePostsToAForm() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] row : ACTIONS) {
            if (row[1].equals("PUBLIC") || row[1].equals("ALL")) {
                continue;
            }
            List<String> allowed = Stream.of(row[1].split(" ")).flatMap(role -> ROLES.get(role).stream()).toList();
            for (String account : ACCOUNTS) {
                if (!allowed.contains(account)) {
                    tests.add(DynamicTest.dynamicTest(account + " POST " + row[0] + " → 403",
                            () -> assertThat(postStatusOf(account, row[0])).as("%s POST %s", account, row[0])
                                    .isEqualTo(403)));
                }
            }
            tests.add(DynamicTest.dynamicTest("anonymous POST " + row[0] + " → sign in",
                    () -> assertThat(postStatusOf(ANONYMOUS, row[0])).as("anonymous POST %s", row[0])
                            .isEqualTo(302)));
        }
        return tests.stream();
    }

    @Test
    void everyFormTargetHasARowInTheMatrix() {
        assertThat(unlisted(RequestMethod.POST, ACTIONS)).as("form targets with no row in the access matrix")
                .isEmpty();
    }

    @Test
    void everyPageThatAnswersGetHasARowInTheMatrix() {
        assertThat(unlisted(RequestMethod.GET, MATRIX)).as("pages answering GET with no row in the access matrix")
                .isEmpty();
    }

    private Set<String> unlisted(RequestMethod method, String[][] matrix) {
        Set<String> inMatrix = Stream.of(matrix).map(row -> shape(row[0].replaceAll("\\?.*", "")))
                .collect(Collectors.toSet());
        Set<String> mapped = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(method)) {
                info.getPatternValues().stream().filter(pattern -> !pattern.equals("/error")).map(this::shape)
                        .forEach(mapped::add);
            }
        });
        mapped.removeAll(inMatrix);
        return mapped;
    }

    /** Account → expected status; anonymous visitors are redirected to sign in (302) unless the page is public. */
    private Map<String, Integer> expectations(String spec) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        ACCOUNTS.forEach(account -> expected.put(account, 403));
        expected.put(ANONYMOUS, 302);
        for (String token : spec.split(" ")) {
            if (token.equals("all") || token.equals("public")) {
                ACCOUNTS.forEach(account -> expected.put(account, 200));
                if (token.equals("public")) {
                    expected.put(ANONYMOUS, 200);
                }
            } else {
                String[] parts = token.split(":");
                expected.put(parts[0], parts.length == 1 ? 200 : Integer.parseInt(parts[1]));
            }
        }
        return expected;
    }

    private int statusOf(String account, String template) throws Exception {
        MockHttpServletRequestBuilder request = get(resolve(template));
        if (!account.equals(ANONYMOUS)) {
            request.with(users.as(usernames.getOrDefault(account, account)));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        if (account.equals(ANONYMOUS) && response.getStatus() == 302) {
            assertThat(response.getRedirectedUrl()).as("anonymous GET %s", template).endsWith("/login");
        }
        return response.getStatus();
    }

    private int postStatusOf(String account, String template) throws Exception {
        MockHttpServletRequestBuilder request = post(resolve(template)).with(csrf());
        if (!account.equals(ANONYMOUS)) {
            request.with(users.as(usernames.getOrDefault(account, account)));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        if (account.equals(ANONYMOUS) && response.getStatus() == 302) {
            assertThat(response.getRedirectedUrl()).as("anonymous POST %s", template).endsWith("/login");
        }
        return response.getStatus();
    }

    private String resolve(String template) {
        Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (placeholder.find()) {
            String id = ids.get(placeholder.group(1));
            assertThat(id).as("a record for {%s}", placeholder.group(1)).isNotNull();
            placeholder.appendReplacement(path, id);
        }
        placeholder.appendTail(path);
        return path.toString();
    }

    private String shape(String pattern) {
        return pattern.replaceAll("\\{[^}]*}", "{}");
    }
}
