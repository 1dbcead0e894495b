package cn.gov.talent.funding;

import static cn.gov.talent.funding.FundingRequests.refusal;
import static cn.gov.talent.funding.FundingRequests.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TestData;

/**
 * 002 art. 28: research funds are used over 3 years in principle; where needed and a work contract exists,
 * for 2 more. The employer asks, with a reason and the contract on file; the office approves (or refuses
 * with a reason); the fund's period then ends 5 years after the start, and no further year is granted.
 */
@IntegrationTest
class Art28ResearchFundsAreExtendedWithAContractTests {

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
    TestData data;

    FundingRequests funding;

    @BeforeEach
    void requests() {
        funding = new FundingRequests(mvc, users, jdbc);
    }

    @Test
    void anExtensionOfTwoYearsNeedsAContractAndTheOfficesApproval() throws Exception {
        var talent = scenario.published(1).get(0);
        long record = talent.recordId();
        Actor office = data.actor("office");
        SupportPlan plan = plans.create(FundingRequests.researchFunds(funding.categoryOf(record)), office);
        long fund = grants.setAmount(record, plan.getId(), new BigDecimal("2000000"), office).getId();
        String extensions = "/funding/grants/" + fund + "/extensions";

        assertThat(refusal(funding.post(extensions, "employer", "years", "2", "reason", "课题需继续开展。")))
                .contains("延期须有工作合同");
        funding.perform(multipart("/funding/records/" + record + "/contract").file(FundingRequests.pdf("聘用合同.pdf"))
                .param("takenUpOn", data.today().toString()), "employer");
        assertThat(refusal(funding.post(extensions, "employer", "years", "3", "reason", "课题需继续开展。")))
                .contains("不能超过 2 年");
        assertThat(refusal(funding.post(extensions, "employer", "years", "2"))).contains("请填写理由");
        // the office decides, the employer asks
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(extensions)
                .param("years", "2").param("reason", "x")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(users.as("office"))).andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());

        assertThat(success(funding.post(extensions, "employer", "years", "2", "reason",
                "国家重点研发计划课题延期结题，需继续使用科研经费。"))).contains("待工程办公室审批");
        assertThat(refusal(funding.post(extensions, "employer", "years", "1", "reason", "再次申请。")))
                .contains("待审批的延期申请");
        long extension = jdbc.queryForObject("select id from funding_extension where grant_id = ?", Long.class, fund);
        assertThat(funding.notified("office", "notification.funding.REQUEST_EXTENSION", record)).isEqualTo(1);

        // a refusal needs its reason; an approval extends the period to five years
        assertThat(refusal(funding.post("/funding/extensions/" + extension + "/decision", "office", "approve",
                "false"))).contains("请填写理由");
        assertThat(success(funding.post("/funding/extensions/" + extension + "/decision", "office", "approve",
                "true"))).contains("已同意延期");
        Map<String, Object> extended = jdbc.queryForMap("""
                select g.extension_years, g.period_start, e.status, e.decided_by from funding_grant g
                join funding_extension e on e.grant_id = g.id where g.id = ?""", fund);
        assertThat(extended).containsEntry("extension_years", 2).containsEntry("status", "APPROVED")
                .containsEntry("decided_by", "office");
        java.time.LocalDate start = ((java.sql.Date) extended.get("period_start")).toLocalDate();
        assertThat(funding.page(record, "employer")).contains(start.plusYears(5).toString(), "已延期 2 年");
        assertThat(jdbc.queryForList("""
                select action from audit_record where subject_type = 'FUNDING_EXTENSION' and subject_id = ? order by id""",
                String.class, extension)).containsExactly("REQUEST_EXTENSION", "APPROVE_EXTENSION");
        assertThat(funding.notified(talent.owner(), "notification.funding.APPROVE_EXTENSION", record)).isEqualTo(1);

        // two years granted: no more
        assertThat(refusal(funding.post(extensions, "employer", "years", "1", "reason", "再延一年。")))
                .contains("不能超过 2 年");
    }

    @Test
    void fundsWhosePlanHasNoExtensionAreNotExtended() throws Exception {
        long record = scenario.published(1).get(0).recordId();
        Actor office = data.actor("office");
        SupportPlan plan = plans.create(FundingRequests.shuangGaoProject(funding.categoryOf(record)), office);
        long fund = grants.setAmount(record, plan.getId(), new BigDecimal("100000"), office).getId();
        assertThat(refusal(funding.post("/funding/grants/" + fund + "/extensions", "employer", "years", "1",
                "reason", "需要延期。"))).contains("此类经费不能延期");
        // another unit's employer does not reach the fund at all
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/funding/grants/" + fund + "/extensions").param("years", "1").param("reason", "x")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(users.as("employer02"))).andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
    }
}
