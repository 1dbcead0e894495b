package cn.gov.talent.tracking;

import static cn.gov.talent.tracking.TrackingRequests.refusal;
import static cn.gov.talent.tracking.TrackingRequests.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;

/**
 * 年度考核 over HTTP: the person reports on a year of the cycle once its last month has begun (earlier
 * it is refused with the day it opens); the employer grades, the recommending unit confirms, the office
 * files; each step only by its role, within its scope, audited from state to state and notified.
 */
@IntegrationTest
class YearlyReportTests {

    private static final String PROGRESS = "按培养计划推进：建成实验平台，发表论文1篇。";

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
    void aReportBeforeItsWindowIsRefusedWithTheDayItOpens() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long id = talent.recordId();
        // published today: the first year's report may be submitted from a month before its first anniversary
        LocalDate opens = new SupportCycle(data.today(), 3).reportOpens(1);

        String refused = refusal(submit(id, 1, PROGRESS, talent.owner()));
        assertThat(refused).contains("第 1 年度的总结尚不能提交", opens.toString());
        assertThat(refusal(submit(id, 2, PROGRESS, talent.owner()))).contains("第 2 年度的总结尚不能提交");
        assertThat(refusal(submit(id, 0, PROGRESS, talent.owner()))).contains("尚不能提交");
        assertThat(jdbc.queryForObject("select count(*) from yearly_report where talent_record_id = ?", Long.class, id))
                .isZero();

        // the youngest record whose window has not opened yet is refused; one day older, it is accepted
        LocalDate closed = data.today().minusYears(1);
        while (!new SupportCycle(closed, 3).reportOpens(1).isAfter(data.today())) {
            closed = closed.plusDays(1);
        }
        scenario.cycleFrom(id, closed);
        assertThat(refusal(submit(id, 1, PROGRESS, talent.owner()))).contains("尚不能提交",
                new SupportCycle(closed, 3).reportOpens(1).toString());
        scenario.cycleFrom(id, closed.minusDays(1));
        assertThat(refusal(submit(id, 1, PROGRESS, talent.owner()))).isNull();
        assertThat(jdbc.queryForObject("select status from yearly_report where talent_record_id = ?", String.class, id))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void theYearlyReportGoesFromThePersonToTheFileEachStepByItsRoleOnly() throws Exception {
        List<Talent> talents = scenario.published(2);
        Talent talent = talents.get(0);
        long id = talent.recordId();
        scenario.reportWindowOpen(id);
        LocalDate today = data.today();
        mvc.perform(multipart("/talents/" + id + "/outputs").param("kind", "PAPER").param("title", "第一年度的论文")
                .param("achievedOn", today.toString()).param("level", "NATIONAL").param("authorRank", "1")
                .param("funded", "true").param("acknowledged", "true").with(csrf()).with(users.as(talent.owner())))
                .andExpect(status().is3xxRedirection());

        // only the person submits: not the employer, not another person
        mvc.perform(reportPost(id, 1, PROGRESS).with(users.as("employer"))).andExpect(status().isForbidden());
        mvc.perform(reportPost(id, 1, PROGRESS).with(users.as(talents.get(1).owner())))
                .andExpect(status().isNotFound());
        assertThat(refusal(submit(id, 1, " ", talent.owner()))).contains("请填写本年度的进展情况");
        MvcResult submitted = submit(id, 1, PROGRESS, talent.owner());
        assertThat(refusal(submitted)).isNull();
        assertThat(success(submitted)).contains("年度总结已提交");
        long report = jdbc.queryForObject("select id from yearly_report where talent_record_id = ? and cycle_year = 1",
                Long.class, id);
        assertThat(reportStatus(report)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select yearly_report_id from talent_output where talent_record_id = ?",
                Long.class, id)).as("the year's output goes with its report").isEqualTo(report);
        assertThat(notified("employer", "notification.talent.report.SUBMITTED", id)).isEqualTo(1);
        assertThat(refusal(submit(id, 1, PROGRESS, talent.owner()))).as("submitted once").isNotNull();

        // the employer grades; nobody else, and not before it is graded may it be confirmed or filed
        for (String other : List.of("recommender", "office", "supervisor", talent.owner())) {
            mvc.perform(post("/talents/reports/" + report + "/grade").param("grade", "PASS").with(csrf())
                    .with(users.as(other))).andExpect(status().isForbidden());
        }
        assertThat(refusal(step(report, "confirm", "recommender"))).isNotNull();
        assertThat(refusal(step(report, "file", "office"))).isNotNull();
        assertThat(refusal(grade(report, null, null, "employer"))).contains("请选择考核等次");
        assertThat(refusal(grade(report, "FAIL", null, "employer"))).contains("评定为不合格时，请写明单位意见");
        assertThat(reportStatus(report)).isEqualTo("SUBMITTED");
        MvcResult graded = grade(report, "PASS", "完成年度目标，考核合格。", "employer");
        assertThat(refusal(graded)).isNull();
        assertThat(success(graded)).contains("已评定年度考核等次");
        assertThat(reportStatus(report)).isEqualTo("GRADED");
        assertThat(notified("recommender", "notification.talent.report.GRADED", id)).isEqualTo(1);

        // the recommending unit of the employer confirms; not the employer, not another unit
        assertThat(refusal(step(report, "confirm", "employer"))).contains("您无权");
        mvc.perform(post("/talents/reports/" + report + "/confirm").with(csrf()).with(users.as("recommender02")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/talents/reports/" + report + "/confirm").with(csrf()).with(users.as(talent.owner())))
                .andExpect(status().isForbidden());
        assertThat(refusal(step(report, "confirm", "recommender"))).isNull();
        assertThat(reportStatus(report)).isEqualTo("CONFIRMED");
        assertThat(notified("office", "notification.talent.report.CONFIRMED", id)).isEqualTo(1);

        // the office files it in the 考绩档案
        assertThat(refusal(step(report, "file", "recommender"))).contains("您无权");
        assertThat(refusal(step(report, "file", "employer"))).contains("您无权");
        MvcResult filed = step(report, "file", "office");
        assertThat(refusal(filed)).isNull();
        assertThat(success(filed)).contains("已归档");
        assertThat(jdbc.queryForMap("""
                select status, grade, graded_by, confirmed_by, filed_by from yearly_report where id = ?""", report))
                .containsEntry("status", "FILED").containsEntry("grade", "PASS").containsEntry("graded_by", "employer")
                .containsEntry("confirmed_by", "recommender").containsEntry("filed_by", "office");
        assertThat(notified(talent.owner(), "notification.talent.report.FILED", id)).isEqualTo(1);
        assertThat(refusal(step(report, "file", "office"))).as("filed once").isNotNull();

        assertThat(jdbc.queryForList("""
                select action, coalesce(from_state, '-') as from_state, to_state, actor_username from audit_record
                where subject_type = 'YEARLY_REPORT' and subject_id = ? order by id""", report))
                .containsExactly(
                        Map.of("action", "SUBMIT", "from_state", "-", "to_state", "SUBMITTED",
                                "actor_username", talent.owner()),
                        Map.of("action", "GRADE", "from_state", "SUBMITTED", "to_state", "GRADED",
                                "actor_username", "employer"),
                        Map.of("action", "CONFIRM", "from_state", "GRADED", "to_state", "CONFIRMED",
                                "actor_username", "recommender"),
                        Map.of("action", "FILE", "from_state", "CONFIRMED", "to_state", "FILED",
                                "actor_username", "office"));
    }

    @Test
    void aReturnedReportIsSubmittedAgainAndAGradeSentBackIsGradedAgain() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long id = talent.recordId();
        scenario.reportWindowOpen(id);
        submit(id, 1, PROGRESS, talent.owner());
        long report = jdbc.queryForObject("select id from yearly_report where talent_record_id = ?", Long.class, id);

        assertThat(refusal(step(report, "return", "employer"))).contains("请填写理由");
        assertThat(refusal(mvc.perform(post("/talents/reports/" + report + "/return").param("reason", "请补充成果证明。")
                .with(csrf()).with(users.as("employer"))).andReturn())).isNull();
        assertThat(reportStatus(report)).isEqualTo("RETURNED");
        assertThat(notified(talent.owner(), "notification.talent.report.RETURNED", id)).isEqualTo(1);
        assertThat(refusal(submit(id, 1, PROGRESS + "补充：专利已授权。", talent.owner()))).isNull();
        assertThat(reportStatus(report)).isEqualTo("SUBMITTED");

        grade(report, "EXCELLENT", null, "employer");
        assertThat(refusal(mvc.perform(post("/talents/reports/" + report + "/send-back").param("reason", "等次依据不足。")
                .with(csrf()).with(users.as("recommender"))).andReturn())).isNull();
        assertThat(reportStatus(report)).isEqualTo("SUBMITTED");
        assertThat(refusal(grade(report, "PASS", null, "employer"))).isNull();
        assertThat(reportStatus(report)).isEqualTo("GRADED");
    }

    private MvcResult submit(long id, int year, String progress, String username) throws Exception {
        return mvc.perform(reportPost(id, year, progress).with(users.as(username)))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    private static AbstractMockHttpServletRequestBuilder<?> reportPost(long id, int year, String progress) {
        return post("/talents/" + id + "/reports").param("cycleYear", String.valueOf(year)).param("progress", progress)
                .with(csrf());
    }

    private MvcResult grade(long report, String grade, String opinion, String username) throws Exception {
        var request = post("/talents/reports/" + report + "/grade").with(csrf()).with(users.as(username));
        if (grade != null) {
            request.param("grade", grade);
        }
        if (opinion != null) {
            request.param("opinion", opinion);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
    }

    private MvcResult step(long report, String step, String username) throws Exception {
        return mvc.perform(post("/talents/reports/" + report + "/" + step).with(csrf()).with(users.as(username)))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    private String reportStatus(long report) {
        return jdbc.queryForObject("select status from yearly_report where id = ?", String.class, report);
    }

    private long notified(String username, String messageKey, long recordId) {
        return jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = ? and n.message_key = ? and n.link = ?""", Long.class, username, messageKey,
                "/talents/" + recordId);
    }
}
