package cn.gov.talent.tracking;

import static cn.gov.talent.tracking.TrackingRequests.refusal;
import static cn.gov.talent.tracking.TrackingRequests.success;
import static cn.gov.talent.tracking.TrackingRequests.verification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;

/**
 * 退出 (002 art. 36) over HTTP: only the office decides an exit; a persuasion to leave (劝退) needs a
 * recorded reminder first; a revocation (取消资格) goes from the employer, with evidence, through the
 * recommending unit to the office, each step audited with its states and notified to the next actor,
 * and the certificate then verifies as revoked.
 */
@IntegrationTest
class ExitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TalentScenario scenario;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nobodyButTheOfficeDecidesAnExit() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long id = talent.recordId();
        MvcResult asked = perform(post("/talents/" + id + "/withdrawal").param("ground", "FAMILY")
                .param("reason", "因家庭原因需长期照顾老人。"), talent.owner());
        assertThat(refusal(asked)).isNull();
        assertThat(scenario.status(id)).isEqualTo("WITHDRAWAL_REQUESTED");

        for (String other : List.of("employer", "recommender", "supervisor", talent.owner())) {
            mvc.perform(post("/talents/" + id + "/exit/decision").param("approve", "true").param("reason", "同意。")
                    .with(csrf()).with(users.as(other))).andExpect(status().isForbidden());
        }
        assertThat(scenario.status(id)).isEqualTo("WITHDRAWAL_REQUESTED");
        assertThat(jdbc.queryForObject(
                "select count(*) from talent_exit where talent_record_id = ? and decided_at is null", Long.class, id))
                .isEqualTo(1);

        MvcResult decided = perform(post("/talents/" + id + "/exit/decision").param("approve", "true"), "office");
        assertThat(refusal(decided)).isNull();
        assertThat(success(decided)).contains("已主动退出");
        assertThat(scenario.status(id)).isEqualTo("WITHDRAWN");
        assertThat(verification(mvc, talent.certificateNo(), talent.verificationCode()))
                .contains("已主动退出", data.today().toString()).doesNotContain("证书有效", "家庭原因");
    }

    @Test
    void aPersuasionToLeaveNeedsARecordedReminderFirst() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long id = talent.recordId();

        MvcResult refused = perform(persuasion(id), "employer");
        assertThat(refusal(refused)).contains("劝退须先有督促提醒的记录");
        assertThat(scenario.status(id)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select count(*) from talent_exit where talent_record_id = ?", Long.class, id))
                .isZero();

        MvcResult reminded = perform(post("/talents/" + id + "/reminders").param("remindedOn", data.today().toString())
                .param("note", "书面提醒本人于一个月内到岗。"), "employer");
        assertThat(refusal(reminded)).isNull();
        assertThat(success(reminded)).contains("督促提醒已登记");

        MvcResult proposed = perform(persuasion(id), "employer");
        assertThat(refusal(proposed)).isNull();
        assertThat(scenario.status(id)).isEqualTo("EXIT_PROPOSED");
        assertThat(jdbc.queryForObject("select kind from talent_exit where talent_record_id = ?", String.class, id))
                .isEqualTo("PERSUASION");

        // the recommending unit may send it back, with its reason: the person stays in the cycle
        assertThat(refusal(perform(post("/talents/" + id + "/exit/return"), "recommender"))).contains("请填写理由");
        MvcResult returned = perform(post("/talents/" + id + "/exit/return").param("reason", "请补充到岗情况的证明。"),
                "recommender");
        assertThat(refusal(returned)).isNull();
        assertThat(scenario.status(id)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select decision from talent_exit where talent_record_id = ?", String.class, id))
                .isEqualTo("RETURNED");
    }

    @Test
    void aRevocationGoesFromTheEmployerThroughTheRecommendingUnitToTheOffice() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long id = talent.recordId();
        String reason = "经学校调查认定，其申报材料中的获奖证书系伪造。";

        // without evidence a revocation is not proposed
        assertThat(refusal(perform(revocation(id, reason, false), "employer"))).contains("须附证明材料");
        MvcResult proposed = perform(revocation(id, reason, true), "employer");
        assertThat(refusal(proposed)).isNull();
        assertThat(success(proposed)).contains("退出建议已提出");
        assertThat(scenario.status(id)).isEqualTo("EXIT_PROPOSED");
        assertThat(notified("recommender", "notification.talent.PROPOSE_EXIT", id)).isEqualTo(1);

        // the office decides only what the recommending unit passed up, and another unit cannot pass it up
        assertThat(refusal(perform(post("/talents/" + id + "/exit/decision").param("approve", "true"), "office")))
                .isNotNull();
        assertThat(scenario.status(id)).isEqualTo("EXIT_PROPOSED");
        mvc.perform(post("/talents/" + id + "/exit/forward").with(csrf()).with(users.as("recommender02")))
                .andExpect(status().isNotFound());
        MvcResult forwarded = perform(post("/talents/" + id + "/exit/forward"), "recommender");
        assertThat(refusal(forwarded)).isNull();
        assertThat(scenario.status(id)).isEqualTo("EXIT_FORWARDED");
        assertThat(notified("office", "notification.talent.FORWARD_EXIT", id)).isEqualTo(1);

        MvcResult decided = perform(post("/talents/" + id + "/exit/decision").param("approve", "true")
                .param("reason", "经核查属实。"), "office");
        assertThat(refusal(decided)).isNull();
        assertThat(success(decided)).contains("已取消资格");
        assertThat(scenario.status(id)).isEqualTo("REVOKED");

        assertThat(jdbc.queryForList("""
                select action, from_state, to_state, actor_username from audit_record
                where subject_type = 'TALENT' and subject_id = ? and from_state is not null order by id""", id))
                .containsExactly(
                        Map.of("action", "PROPOSE_EXIT", "from_state", "ACTIVE", "to_state", "EXIT_PROPOSED",
                                "actor_username", "employer"),
                        Map.of("action", "FORWARD_EXIT", "from_state", "EXIT_PROPOSED", "to_state", "EXIT_FORWARDED",
                                "actor_username", "recommender"),
                        Map.of("action", "REVOKE", "from_state", "EXIT_FORWARDED", "to_state", "REVOKED",
                                "actor_username", "office"));
        assertThat(jdbc.queryForObject("select reason from audit_record where subject_type = 'TALENT'"
                + " and subject_id = ? and action = 'PROPOSE_EXIT'", String.class, id)).isEqualTo(reason);
        assertThat(notified(talent.owner(), "notification.talent.REVOKE", id)).isEqualTo(1);
        assertThat(notified("employer", "notification.talent.REVOKE", id)).isEqualTo(1);

        Map<String, Object> exit = jdbc.queryForMap("""
                select id, kind, ground, decision, forwarded_by, decided_by, file_name, sha256 from talent_exit
                where talent_record_id = ?""", id);
        assertThat(exit).containsEntry("kind", "REVOCATION").containsEntry("ground", "FRAUD")
                .containsEntry("decision", "APPROVED").containsEntry("forwarded_by", "recommender")
                .containsEntry("decided_by", "office");
        assertThat((String) exit.get("sha256")).matches("[0-9a-f]{64}");
        String evidence = "/talents/" + id + "/exits/" + exit.get("id") + "/evidence";
        mvc.perform(get(evidence).with(users.as("office"))).andExpect(status().isOk());
        mvc.perform(get(evidence).with(users.as("employer02"))).andExpect(status().isNotFound());

        assertThat(verification(mvc, talent.certificateNo(), talent.verificationCode()))
                .contains("已取消资格", data.today().toString()).doesNotContain("证书有效", reason);
    }

    private AbstractMockHttpServletRequestBuilder<?> persuasion(long id) {
        return multipart("/talents/" + id + "/exit").param("kind", "PERSUASION").param("ground", "NOT_TAKEN_UP")
                .param("reason", "入选后超过半年未到岗。");
    }

    private AbstractMockHttpServletRequestBuilder<?> revocation(long id, String reason, boolean withEvidence) {
        var request = multipart("/talents/" + id + "/exit");
        if (withEvidence) {
            request.file(new MockMultipartFile("evidence", "调查结论.pdf", "application/pdf",
                    "%PDF-1.4\n% findings\n".getBytes(StandardCharsets.US_ASCII)));
        }
        return request.param("kind", "REVOCATION").param("ground", "FRAUD").param("reason", reason);
    }

    /** Posts as the account; the answer is a redirect to the record's page with a message. */
    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, String username) throws Exception {
        return mvc.perform(request.with(csrf()).with(users.as(username))).andExpect(status().is3xxRedirection())
                .andReturn();
    }

    private long notified(String username, String messageKey, long recordId) {
        return jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = ? and n.message_key = ? and n.link = ?""", Long.class, username, messageKey,
                "/talents/" + recordId);
    }
}
