package cn.gov.talent.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/** Each status change tells the next actor (and only those in the right units) and the applicant. */
@IntegrationTest
class NextActorNotifierTests {

    @Autowired
    Applications applications;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    private List<String> messagesFor(String username, String serialNo) {
        return jdbc.queryForList("select n.message_key from notification n join app_user u on u.id = n.recipient_user_id "
                + "where u.username = ? and n.subject_label = ? order by n.id", String.class, username, serialNo);
    }

    @Test
    void submissionTellsTheEmployerAndEndorsementTellsTheRecommendingUnit() throws Exception {
        UserAccount applicant = data.newUser("notify", "NCU", Role.APPLICANT);
        Actor applicantActor = Actor.of(data.currentUser(applicant));
        Application application = applications.createDraft(applicantActor, applicant.getFullName(),
                data.batchId("BQW"), data.categoryId("BQW", "PROV"), "南昌大学");
        String serial = application.getSerialNo();

        applications.fire(application.getId(), WorkflowEvent.SUBMIT, applicantActor, null, TransitionFacts.ALL_MET);
        assertThat(messagesFor("employer", serial)).containsExactly("notification.waiting.SUBMITTED");
        assertThat(messagesFor("employer02", serial)).isEmpty();
        assertThat(messagesFor(applicant.getUsername(), serial)).isEmpty();

        applications.fire(application.getId(), WorkflowEvent.ENDORSE, data.actor("employer"), "同意推荐。",
                TransitionFacts.ALL_MET);
        assertThat(messagesFor("recommender", serial)).containsExactly("notification.waiting.ENDORSED");
        assertThat(messagesFor("recommender02", serial)).isEmpty();
        assertThat(messagesFor(applicant.getUsername(), serial)).containsExactly("notification.applicant.ENDORSED");

        String inbox = mvc.perform(get("/notifications").with(users.as(applicant.getUsername())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox).contains("您的申报 " + serial + " 已通过单位资格审核");
        String home = mvc.perform(get("/").with(users.as(applicant.getUsername())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("条未读消息");
    }

    @Test
    void aReturnTellsTheApplicantWhatToDo() {
        UserAccount applicant = data.newUser("notify", "JXCC", Role.APPLICANT);
        Actor applicantActor = Actor.of(data.currentUser(applicant));
        Application application = applications.createDraft(applicantActor, applicant.getFullName(),
                data.batchId("BQW"), data.categoryId("BQW", "PROV"), "江西铜业集团");
        applications.fire(application.getId(), WorkflowEvent.SUBMIT, applicantActor, null, TransitionFacts.ALL_MET);
        applications.fire(application.getId(), WorkflowEvent.RETURN, data.actor("employer02"), "请补充材料",
                TransitionFacts.NONE);
        assertThat(messagesFor(applicant.getUsername(), application.getSerialNo()))
                .containsExactly("notification.applicant.RETURNED");
    }
}
