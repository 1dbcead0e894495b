package cn.gov.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.eligibility.Degree;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.LongTermProgram;
import cn.gov.talent.support.TestData;

/** 形式审查: eligibility re-run, exception decided with a reason, final failures told to every unit. */
@IntegrationTest
class FormalReviewTests {

    @Autowired
    Applications applications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    TestData data;

    @Autowired
    LongTermProgram longTerm;

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    IdNumberCipher idNumbers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    /**
     * A doctor of this age at the reference date, forwarded for 千人计划创新人才长期项目 (002 art. 5: age limit
     * 55, relaxable for outstanding results), perhaps asking for an exception.
     */
    private long forwarded(int age, boolean exception) {
        int birthYear = data.year() - age;
        UserAccount applicant = data.newUser("formal", "NCU", Role.APPLICANT);
        String first17 = "360102" + birthYear + "0301" + String.format("%03d", (int) (applicant.getId() % 1000));
        transaction.executeWithoutResult(s -> accounts.find(applicant.getId()).orElseThrow()
                .setIdNumber(idNumbers.seal(first17 + IdNumber.checkCharacter(first17))));
        Actor actor = data.actor(applicant.getUsername());
        Application application = applications.createDraft(actor, applicant.getFullName(), longTerm.batchId(),
                longTerm.categoryId(), "南昌大学");
        var form = new DossierForm();
        form.setDegree(Degree.DOCTOR);
        form.setExceptionRequested(exception);
        form.setExceptionJustification(exception ? "国家杰出青年科学基金获得者" : null);
        dossiers.save(application.getId(), form, actor);
        dossiers.submit(application.getId(), actor);
        applications.fire(application.getId(), WorkflowEvent.ENDORSE, data.actor("employer"), "同意推荐。",
                TransitionFacts.NONE);
        applications.fire(application.getId(), WorkflowEvent.NOMINATE, data.actor("recommender"), null,
                TransitionFacts.ALL_MET);
        applications.fire(application.getId(), WorkflowEvent.FORWARD, data.actor("recommender"), null,
                TransitionFacts.ALL_MET);
        return application.getId();
    }

    @Test
    void anExceptionMustBeDecidedAndOnlyAGrantedOneLetsAnOverAgeApplicationPass() {
        long id = forwarded(58, true);
        Actor office = data.actor("office");
        assertThatThrownBy(() -> dossiers.formalReview(id, true, null, null, null, office))
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("formal.exceptionDecisionRequired");
        assertThatThrownBy(() -> dossiers.formalReview(id, true, null, false, "业绩不足以破格", office))
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("formal.notEligible");
        assertThat(data.status(id)).isEqualTo("FORWARDED");

        dossiers.formalReview(id, true, null, true, "国家杰青，符合破格条件", office);
        assertThat(data.status(id)).isEqualTo("QUALIFIED");
        assertThat(jdbc.queryForObject("select exception_decision from application where id = ?", String.class, id))
                .isEqualTo("GRANTED");
    }

    @Test
    void anEligibleApplicationPassesAndAFailureNeedsAReasonAndTellsEveryUnit() throws Exception {
        long eligible = forwarded(41, false);
        mvc.perform(post("/applications/" + eligible + "/formal-review").with(users.as("office")).with(csrf())
                .param("pass", "true")).andExpect(status().is3xxRedirection());
        assertThat(data.status(eligible)).isEqualTo("QUALIFIED");

        long failing = forwarded(40, false);
        var noReason = mvc.perform(post("/applications/" + failing + "/formal-review").with(users.as("office"))
                .with(csrf()).param("pass", "false")).andReturn();
        assertThat((String) noReason.getFlashMap().get("errorText")).contains("须填写原因");
        mvc.perform(post("/applications/" + failing + "/formal-review").with(users.as("office")).with(csrf())
                .param("pass", "false").param("reason", "学位证书与学信网信息不符")).andExpect(status().is3xxRedirection());
        assertThat(data.status(failing)).isEqualTo("DISQUALIFIED");
        String serial = jdbc.queryForObject("select serial_no from application where id = ?", String.class, failing);
        for (String unitUser : new String[] {"employer", "recommender"}) {
            assertThat(jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = "
                    + "n.recipient_user_id where u.username = ? and n.subject_label = ? and n.message_key = "
                    + "'notification.unit.DISQUALIFIED'", Integer.class, unitUser, serial)).isEqualTo(1);
        }
        mvc.perform(post("/applications/" + failing + "/formal-review").with(users.as("recommender")).with(csrf())
                .param("pass", "true")).andExpect(status().isForbidden());
        String page = mvc.perform(get("/applications/" + eligible).with(users.as("office"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("data-testid=\"formal-review\"");
    }
}
