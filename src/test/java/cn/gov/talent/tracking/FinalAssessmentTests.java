package cn.gov.talent.tracking;

import static cn.gov.talent.tracking.TrackingRequests.refusal;
import static cn.gov.talent.tracking.TrackingRequests.success;
import static cn.gov.talent.tracking.TrackingRequests.verification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;

/**
 * 终期考核 on the real database, through the office's form: held only at the end of the cycle and only
 * by the office; 不合格 (with its reason) revokes the title and the public verification then says so,
 * with the date and without the reason; 合格 completes the cycle and the certificate stays valid.
 */
@IntegrationTest
class FinalAssessmentTests {

    private static final String FAIL_REASON = "终期考核主要培养目标均未完成，单位配套举措未落实。";

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
    void failingTheFinalAssessmentRevokesTheTitleAndTheCertificateSaysSo() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long id = talent.recordId();

        // in the middle of the cycle there is no final assessment yet
        assertThat(refusal(assess(id, "PASS", null, "office"))).contains("培养周期结束前三个月起方可进行终期考核");
        assertThat(scenario.status(id)).isEqualTo("ACTIVE");

        scenario.cycleEnding(id);
        for (String other : List.of("employer", "recommender", "supervisor", talent.owner())) {
            mvc.perform(form(id, "FAIL", FAIL_REASON).with(users.as(other))).andExpect(status().isForbidden());
        }
        assertThat(refusal(assess(id, "FAIL", null, "office"))).as("不合格 needs its reason").contains("请填写理由");
        assertThat(refusal(assess(id, null, null, "office"))).contains("请选择终期考核结果");
        assertThat(scenario.status(id)).isEqualTo("ACTIVE");
        assertThat(verification(mvc, talent.certificateNo(), talent.verificationCode())).contains("证书有效");

        MvcResult failed = assess(id, "FAIL", FAIL_REASON, "office");
        assertThat(refusal(failed)).isNull();
        assertThat(success(failed)).contains("已取消资格");
        assertThat(scenario.status(id)).isEqualTo("REVOKED");
        assertThat(jdbc.queryForObject("select status_changed_on from talent_record where id = ?",
                java.time.LocalDate.class, id)).isEqualTo(data.today());
        assertThat(jdbc.queryForMap("select outcome, decided_by from final_assessment where talent_record_id = ?", id))
                .containsEntry("outcome", "FAIL").containsEntry("decided_by", "office");
        assertThat(jdbc.queryForList("""
                select action, from_state, to_state, actor_username, reason from audit_record
                where subject_type = 'TALENT' and subject_id = ?""", id))
                .contains(Map.of("action", "FAIL_FINAL_ASSESSMENT", "from_state", "ACTIVE", "to_state", "REVOKED",
                        "actor_username", "office", "reason", FAIL_REASON));
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = ? and n.message_key = 'notification.talent.FAIL_FINAL_ASSESSMENT'
                and n.link = ?""", Long.class, talent.owner(), "/talents/" + id)).isEqualTo(1);

        // the certificate tells the truth: the status and the day (and the name as published), never the reason
        String verified = verification(mvc, talent.certificateNo(), talent.verificationCode());
        assertThat(verified).contains("已取消资格", data.today().toString(), talent.certificateNo())
                .doesNotContain("证书有效", FAIL_REASON);

        // held once
        assertThat(refusal(assess(id, "PASS", null, "office"))).contains("终期考核已经进行过");
        assertThat(scenario.status(id)).isEqualTo("REVOKED");
    }

    @Test
    void passingTheFinalAssessmentCompletesTheCycleAndTheCertificateStaysValid() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long id = talent.recordId();
        scenario.cycleEnding(id);

        MvcResult passed = assess(id, "PASS", null, "office");
        assertThat(refusal(passed)).isNull();
        assertThat(success(passed)).contains("已完成培养周期");
        assertThat(scenario.status(id)).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select outcome from final_assessment where talent_record_id = ?", String.class,
                id)).isEqualTo("PASS");
        assertThat(jdbc.queryForList("""
                select action, from_state, to_state, actor_username from audit_record
                where subject_type = 'TALENT' and subject_id = ?""", id))
                .contains(Map.of("action", "COMPLETE", "from_state", "ACTIVE", "to_state", "COMPLETED",
                        "actor_username", "office"));

        String verified = verification(mvc, talent.certificateNo(), talent.verificationCode());
        assertThat(verified).contains("证书有效", talent.certificateNo()).doesNotContain("证书已失效");

        // a completed record takes no second assessment
        assertThat(refusal(assess(id, "FAIL", FAIL_REASON, "office"))).contains("终期考核已经进行过");
        assertThat(scenario.status(id)).isEqualTo("COMPLETED");
    }

    private MvcResult assess(long id, String outcome, String reason, String username) throws Exception {
        return mvc.perform(form(id, outcome, reason).with(users.as(username)))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    /** The office's form: a finding on each of the seed's six criteria, the outcome and, for 不合格, why. */
    private static MockHttpServletRequestBuilder form(long id, String outcome, String reason) {
        MockHttpServletRequestBuilder request = post("/talents/" + id + "/final-assessment").with(csrf())
                .param("innovation", "主持省级科研项目2项，突破关键技术1项。")
                .param("results", "发表论文5篇，获授权发明专利2项。")
                .param("service", "技术成果在省内3家企业应用。")
                .param("training", "培养研究生4名。")
                .param("team", "组建8人创新团队。")
                .param("employerMeasures", "单位配套经费20万元。");
        if (outcome != null) {
            request.param("outcome", outcome);
        }
        if (reason != null) {
            request.param("reason", reason);
        }
        return request;
    }
}
