package cn.gov.talent.funding;

import static cn.gov.talent.funding.FundingRequests.refusal;
import static cn.gov.talent.funding.FundingRequests.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;
import cn.gov.talent.tracking.Grade;
import cn.gov.talent.tracking.YearlyReports;

/**
 * A tranche is released only when its condition is met, and a release asked for while it is open is
 * refused with the reason the page also shows: a 双高 tranche waits for the yearly report of its year to be
 * filed in the 考绩档案 (submitted, graded or confirmed is not enough); a 千人计划 one-time grant waits for
 * the work contract to be taken up (002 art. 27), recorded with the contract itself, checked by content.
 */
@IntegrationTest
class ReleaseConditionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TalentScenario scenario;

    @Autowired
    SupportPlans plans;

    @Autowired
    Grants grants;

    @Autowired
    YearlyReports reports;

    @Autowired
    TestData data;

    FundingRequests funding;

    @BeforeEach
    void requests() {
        funding = new FundingRequests(mvc, users, jdbc);
    }

    @Test
    void aTrancheWhoseYearlyReportIsNotFiledIsRefusedWithTheReason() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long record = talent.recordId();
        // the first year ended ten days ago: the second tranche is due, its report window open
        scenario.cycleFrom(record, data.today().minusYears(1).minusDays(10));
        Actor office = data.actor("office");
        SupportPlan plan = plans.create(FundingRequests.shuangGaoProject(funding.categoryOf(record)), office);
        grants.setAmount(record, plan.getId(), new BigDecimal("120000"), office);
        long second = funding.tranche(record, FundKind.PROJECT, 2);

        MvcResult refused = funding.post("/funding/tranches/" + second + "/release", "office");
        assertThat(refusal(refused)).contains("第 1 年度考核尚未归档");
        assertThat(funding.statusOf(second)).isEqualTo("SCHEDULED");
        String page = funding.page(record, "office");
        assertThat(page).contains("第 1 年度考核尚未归档").doesNotContain("id=\"release-" + second + "\"");

        // submitted, graded, confirmed: still open until the office files it
        long report = reports.submit(record, 1, "完成第一年度培养目标。", data.actor(talent.owner())).getId();
        reports.grade(report, Grade.PASS, "考核合格。", data.actor("employer"));
        reports.confirm(report, data.actor("recommender"));
        assertThat(refusal(funding.post("/funding/tranches/" + second + "/release", "office")))
                .contains("第 1 年度考核尚未归档");
        reports.file(report, office);
        assertThat(funding.page(record, "office")).contains("id=\"release-" + second + "\"");

        MvcResult released = funding.post("/funding/tranches/" + second + "/release", "office");
        assertThat(refusal(released)).isNull();
        assertThat(success(released)).contains("已放行");
        assertThat(funding.statusOf(second)).isEqualTo("RELEASED");
        assertThat(jdbc.queryForMap("""
                select from_state, to_state, note_key, note_args from audit_record where subject_type = 'FUNDING_TRANCHE'
                and subject_id = ? and action = 'RELEASE_TRANCHE'""", second))
                .containsEntry("from_state", "SCHEDULED").containsEntry("to_state", "RELEASED")
                .containsEntry("note_key", "audit.note.release.YEARLY_REPORT_FILED");
        assertThat(funding.notified(talent.owner(), "notification.funding.RELEASE_TRANCHE", record)).isEqualTo(1);

        // the third tranche waits for the second year's report and for its day
        long third = funding.tranche(record, FundKind.PROJECT, 3);
        assertThat(refusal(funding.post("/funding/tranches/" + third + "/release", "office")))
                .contains("第 2 年度考核尚未归档");
        // and only the office releases
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/funding/tranches/" + third + "/release").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(users.as("employer"))).andExpect(status().isForbidden());
    }

    /** 002 art. 27: 入选专家正式履行工作合同后一次性发放，免征个人所得税，由专家自主使用，用人单位不得截留挪用. */
    @Test
    void aOneTimeGrantIsReleasedOnceTheWorkContractIsTakenUp() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long record = talent.recordId();
        Actor office = data.actor("office");
        SupportPlan plan = plans.create(FundingRequests.plan(funding.categoryOf(record), FundKind.ONE_TIME_GRANT,
                "500000", "500000", 3, 0, 0, ReleaseCondition.CONTRACT_TAKEN_UP, null), office);

        assertThat(refusal(funding.post("/funding/records/" + record + "/grants", "office", "planId", plan.getId(),
                "amount", "400000"))).contains("固定金额 500000.00 元");
        assertThat(refusal(funding.post("/funding/records/" + record + "/grants", "office", "planId", plan.getId(),
                "amount", "500000"))).isNull();
        long grant = funding.tranche(record, FundKind.ONE_TIME_GRANT, 1);

        assertThat(refusal(funding.post("/funding/tranches/" + grant + "/release", "office")))
                .contains("尚未登记正式履行工作合同");
        assertThat(funding.page(record, "employer")).contains("尚未登记正式履行工作合同");

        // the contract is checked by its content, not its name
        String today = data.today().toString();
        MvcResult notAPdf = funding.perform(multipart("/funding/records/" + record + "/contract")
                .file(new MockMultipartFile("file", "工作合同.pdf", "application/pdf",
                        "just text, not a PDF".getBytes(StandardCharsets.UTF_8)))
                .param("takenUpOn", today), "employer");
        assertThat(refusal(notAPdf)).contains("只接受 PDF、JPG、PNG 文件");
        assertThat(refusal(funding.perform(multipart("/funding/records/" + record + "/contract")
                .file(FundingRequests.pdf("工作合同.pdf")).param("takenUpOn", data.today().plusDays(1).toString()),
                "employer"))).contains("不晚于今天");
        MvcResult recorded = funding.perform(multipart("/funding/records/" + record + "/contract")
                .file(FundingRequests.pdf("工作合同.pdf")).param("takenUpOn", today), "employer");
        assertThat(refusal(recorded)).isNull();
        assertThat(success(recorded)).contains("工作合同已登记");
        assertThat(jdbc.queryForMap("select taken_up_on, file_name, recorded_by from funding_contract"
                + " where talent_record_id = ?", record)).containsEntry("file_name", "工作合同.pdf")
                .containsEntry("recorded_by", "employer");
        assertThat(funding.notified("office", "notification.funding.RECORD_CONTRACT", record)).isEqualTo(1);
        mvc.perform(get("/funding/records/" + record + "/contract").with(users.as("employer")))
                .andExpect(status().isOk());
        mvc.perform(get("/funding/records/" + record + "/contract").with(users.as("employer02")))
                .andExpect(status().isNotFound());

        MvcResult released = funding.post("/funding/tranches/" + grant + "/release", "office");
        assertThat(refusal(released)).isNull();
        assertThat(jdbc.queryForObject("""
                select note_key from audit_record where subject_type = 'FUNDING_TRANCHE' and subject_id = ?
                and action = 'RELEASE_TRANCHE'""", String.class, grant))
                .isEqualTo("audit.note.release.CONTRACT_TAKEN_UP");
    }
}
