package cn.gov.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/** Transitions through the service: the state machine decides, the audit trail records, scope applies. */
@IntegrationTest
class ApplicationsIntegrationTests {

    @Autowired
    Applications applications;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestData data;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    private Application draftFor(UserAccount applicant) {
        Actor actor = Actor.of(data.currentUser(applicant));
        return applications.createDraft(actor, applicant.getFullName(), data.batchId("SG"),
                data.categoryId("SG", "PRO"), "南昌大学");
    }

    @Test
    void submitThenEndorseIsAuditedWithActorStatesAndReason() {
        UserAccount applicant = data.newUser("flow", "NCU", Role.APPLICANT);
        Application application = draftFor(applicant);
        Actor applicantActor = Actor.of(data.currentUser(applicant));

        applications.fire(application.getId(), WorkflowEvent.SUBMIT, applicantActor, null,
                TransitionFacts.NONE.withEligible(true));
        applications.fire(application.getId(), WorkflowEvent.RETURN, data.actor("employer"), "请补充材料",
                TransitionFacts.NONE);
        applications.fire(application.getId(), WorkflowEvent.RESUBMIT, applicantActor, null,
                TransitionFacts.NONE.withExceptionRequested(true));
        applications.fire(application.getId(), WorkflowEvent.ENDORSE, data.actor("employer"), "同意推荐。",
                TransitionFacts.NONE);

        assertThat(data.status(application.getId())).isEqualTo("ENDORSED");
        List<AuditRecord> history = audit.historyOf("APPLICATION", application.getId());
        assertThat(history).extracting(AuditRecord::getAction)
                .containsExactly("CREATE", "SUBMIT", "RETURN", "RESUBMIT", "ENDORSE");
        AuditRecord returned = history.get(2);
        assertThat(returned.getActorUsername()).isEqualTo("employer");
        assertThat(returned.getFromState()).isEqualTo("SUBMITTED");
        assertThat(returned.getToState()).isEqualTo("RETURNED");
        assertThat(returned.getReason()).isEqualTo("请补充材料");
        assertThat(returned.getOccurredAt()).isNotNull();
        assertThat(returned.getActorRoles()).isEqualTo("EMPLOYER");
    }

    @Test
    void forbiddenTransitionsAreRefusedAndChangeNothing() {
        UserAccount applicant = data.newUser("refuse", "NCU", Role.APPLICANT);
        Application application = draftFor(applicant);
        long id = application.getId();

        // an employer never sees a draft: to it the application does not exist
        assertThatThrownBy(() -> applications.fire(id, WorkflowEvent.ENDORSE, data.actor("employer"), null,
                TransitionFacts.ALL_MET)).isInstanceOf(Refusal.class).hasMessage("application.missing");
        assertThatThrownBy(() -> applications.fire(id, WorkflowEvent.SUBMIT, Actor.of(data.currentUser(applicant)),
                null, TransitionFacts.NONE)).isInstanceOf(TransitionRefused.class)
                .extracting(e -> ((TransitionRefused) e).messageKey()).isEqualTo("workflow.refused.guard");

        applications.fire(id, WorkflowEvent.SUBMIT, Actor.of(data.currentUser(applicant)), null,
                TransitionFacts.ALL_MET);
        // another employer, outside the data scope, cannot act on it at all
        assertThatThrownBy(() -> applications.fire(id, WorkflowEvent.ENDORSE, data.actor("employer02"), null,
                TransitionFacts.ALL_MET)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("application.missing");
        // the employer may not nominate, and may not reject without a reason
        assertThatThrownBy(() -> applications.fire(id, WorkflowEvent.NOMINATE, data.actor("employer"), null,
                TransitionFacts.ALL_MET)).extracting(e -> ((TransitionRefused) e).messageKey())
                .isEqualTo("workflow.refused.notAllowed");
        assertThatThrownBy(() -> applications.fire(id, WorkflowEvent.REJECT, data.actor("employer"), " ",
                TransitionFacts.ALL_MET)).extracting(e -> ((TransitionRefused) e).messageKey())
                .isEqualTo("workflow.refused.reasonRequired");

        assertThat(data.status(id)).isEqualTo("SUBMITTED");
        assertThat(audit.historyOf("APPLICATION", id)).extracting(AuditRecord::getAction)
                .containsExactly("CREATE", "SUBMIT");
    }

    @Test
    void aBulkTransitionDoesForEachApplicationWhatFireDoes() {
        List<Long> oneByOne = submitted(3);
        List<Long> together = submitted(3);
        Actor employer = data.actor("employer");

        for (long id : oneByOne) {
            applications.fire(id, WorkflowEvent.ENDORSE, employer, "  材料齐全 ", TransitionFacts.NONE);
        }
        List<ApplicationStatusChanged> fired = applications.fireAll(together, WorkflowEvent.ENDORSE, employer,
                "  材料齐全 ", TransitionFacts.NONE);

        assertThat(fired).extracting(ApplicationStatusChanged::applicationId).containsExactlyElementsOf(together);
        assertThat(fired).allSatisfy(change -> {
            assertThat(change.from()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(change.to()).isEqualTo(ApplicationStatus.ENDORSED);
            assertThat(change.reason()).isEqualTo("材料齐全");
        });
        List<String> expected = oneByOne.stream().map(this::outcomeOf).toList();
        assertThat(expected.get(0)).contains("ENDORSED", "ENDORSE SUBMITTED→ENDORSED by employer [EMPLOYER]: 材料齐全",
                "recommender notification.waiting.ENDORSED", "applicant notification.applicant.ENDORSED");
        assertThat(together.stream().map(this::outcomeOf).toList()).isEqualTo(expected);
        // the bulk statement writes what the entity would: the opinion with its unit and author, the time stamps, a
        // new version (so a form still holding the old one is refused)
        List<String> columns = oneByOne.stream().map(this::columnsOf).toList();
        assertThat(columns.get(0)).startsWith("材料齐全|").contains("|t|t|t|");
        assertThat(together.stream().map(this::columnsOf).toList()).isEqualTo(columns);
    }

    /** What a transition writes on the application besides its status, as one text: the same for the same transition. */
    private String columnsOf(long id) {
        return jdbc.queryForObject("""
                select concat_ws('|', employer_opinion, employer_opinion_unit, employer_opinion_by,
                    submitted_at is not null, endorsed_at = status_changed_at, employer_opinion_at = status_changed_at,
                    version)
                from application where id = ?
                """, String.class, id);
    }

    @Test
    void aBulkTransitionWithOneForbiddenApplicationChangesNothing() {
        List<Long> ids = submitted(2);
        Actor employer = data.actor("employer");
        long endorsed = submitted(1).get(0);
        applications.fire(endorsed, WorkflowEvent.ENDORSE, employer, "同意推荐。", TransitionFacts.NONE);
        long elsewhere = submitted(1, "JXCC").get(0);
        List<String> before = ids.stream().map(this::outcomeOf).toList();

        List<Long> withEndorsed = new ArrayList<>(ids);
        withEndorsed.add(endorsed);
        assertThatThrownBy(() -> applications.fireAll(withEndorsed, WorkflowEvent.ENDORSE, employer, "同意推荐。",
                TransitionFacts.NONE)).isInstanceOfSatisfying(TransitionRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("workflow.refused.notAllowed"));
        // outside the employer's scope, or no such application: refused as missing, like fire
        List<Long> withOtherUnit = new ArrayList<>(ids);
        withOtherUnit.add(elsewhere);
        assertThatThrownBy(() -> applications.fireAll(withOtherUnit, WorkflowEvent.ENDORSE, employer, "同意推荐。",
                TransitionFacts.NONE)).isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("application.missing"));
        List<Long> withMissing = new ArrayList<>(ids);
        withMissing.add(-1L);
        assertThatThrownBy(() -> applications.fireAll(withMissing, WorkflowEvent.ENDORSE, employer, "同意推荐。",
                TransitionFacts.NONE)).isInstanceOf(Refusal.class);
        // the same application twice: the second time it is already endorsed
        assertThatThrownBy(() -> applications.fireAll(List.of(ids.get(0), ids.get(0)), WorkflowEvent.ENDORSE,
                employer, "同意推荐。", TransitionFacts.NONE)).isInstanceOf(TransitionRefused.class);

        assertThat(ids.stream().map(this::outcomeOf).toList()).isEqualTo(before);
        assertThat(before).allSatisfy(outcome -> assertThat(outcome).startsWith("SUBMITTED").doesNotContain("ENDORSE"));
        assertThat(audit.historyOf("APPLICATION", endorsed)).extracting(AuditRecord::getAction)
                .containsExactly("CREATE", "SUBMIT", "ENDORSE");
        assertThat(data.status(elsewhere)).isEqualTo("SUBMITTED");
    }

    /** Applications of new applicants at 南昌大学, submitted. */
    private List<Long> submitted(int count) {
        return submitted(count, "NCU");
    }

    private List<Long> submitted(int count, String unitCode) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserAccount applicant = data.newUser("bulk", unitCode, Role.APPLICANT);
            long id = draftFor(applicant).getId();
            applications.fire(id, WorkflowEvent.SUBMIT, Actor.of(data.currentUser(applicant)), null,
                    TransitionFacts.ALL_MET);
            ids.add(id);
        }
        return ids;
    }

    /**
     * An application's status, its audit lines after the submission and the notifications about
     * it (the applicant, whose user name differs, as "applicant"), as one text that does not
     * depend on which application it is.
     */
    private String outcomeOf(long id) {
        Application application = applications.find(id).orElseThrow();
        StringBuilder outcome = new StringBuilder(application.getStatus().name());
        audit.historyOf("APPLICATION", id).stream().skip(2).forEach(line -> outcome.append('\n')
                .append("%s %s→%s by %s [%s]: %s, from %s".formatted(line.getAction(), line.getFromState(),
                        line.getToState(), line.getActorUsername(), line.getActorRoles(), line.getReason(),
                        line.getClientAddress())));
        jdbc.query("""
                select case when u.id = ? then 'applicant' else u.username end, n.message_key, n.link
                from notification n join app_user u on u.id = n.recipient_user_id
                where n.subject_label = ? order by n.id
                """, (ResultSet row) -> {
            outcome.append('\n').append(row.getString(1)).append(' ').append(row.getString(2))
                    .append(row.getString(3).equals("/applications/" + id) ? "" : " " + row.getString(3));
        }, application.getApplicantId(), application.getSerialNo());
        return outcome.toString();
    }

    @Test
    void theListFiltersByNameOrSerialPrefixAndTakesWildcardsLiterally() {
        var all = DataScope.of(Set.of(Role.OFFICE), 0, "/", 0);
        assertThat(applications.search(all, new ApplicationFilter(null, null, "林晓", null, null),
                Pageable.ofSize(10)).getContent())
                .extracting(Application::getApplicantName).contains("林晓峰");
        assertThat(applications.search(all, new ApplicationFilter(null, null, "sg-" + data.year(), null, null),
                Pageable.ofSize(10)).getTotalElements()).isPositive();
        assertThat(applications.search(all, new ApplicationFilter(null, null, "%", null, null),
                Pageable.ofSize(10)).getTotalElements()).isZero();
        assertThat(applications.search(all, new ApplicationFilter(ApplicationStatus.SELECTED, null, null, null, null),
                Pageable.ofSize(10)).getContent())
                .isNotEmpty().allSatisfy(a -> assertThat(a.getStatus()).isEqualTo(ApplicationStatus.SELECTED));
    }

    @Test
    void oneApplicationPerPersonAndBatch() {
        UserAccount applicant = data.newUser("twice", "NCU", Role.APPLICANT);
        draftFor(applicant);
        assertThatThrownBy(() -> draftFor(applicant)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("application.alreadyApplied");
    }

    @Test
    void aRefusedWithdrawalIsExplainedOnThePage() throws Exception {
        long forwarded = data.applicationOf("曾永康");
        mvc.perform(post("/applications/" + forwarded + "/withdraw").with(users.as("applicant14")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(MockMvcResultMatchers.flash()
                        .attribute("errorText", "当前状态“已报送工程办公室”下不能执行“撤回”"));
        assertThat(data.status(forwarded)).isEqualTo("FORWARDED");
    }

    @Test
    void anApplicantWithdrawsFromTheDetailPage() throws Exception {
        UserAccount applicant = data.newUser("withdraw", "NCU", Role.APPLICANT);
        Application application = draftFor(applicant);
        mvc.perform(post("/applications/" + application.getId() + "/withdraw").param("reason", "另有安排")
                        .with(users.as(applicant.getUsername())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(data.status(application.getId())).isEqualTo("WITHDRAWN");
        assertThat(audit.historyOf("APPLICATION", application.getId())).last()
                .satisfies(record -> {
                    assertThat(record.getAction()).isEqualTo("WITHDRAW");
                    assertThat(record.getReason()).isEqualTo("另有安排");
                    assertThat(record.getClientAddress()).isNotBlank();
                });
        String html = mvc.perform(get("/applications/" + application.getId()).with(users.as(applicant.getUsername())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("已撤回").contains("另有安排");
    }
}
