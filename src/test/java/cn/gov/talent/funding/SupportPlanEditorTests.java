package cn.gov.talent.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;

/**
 * The office edits the support plans as data on a form that comes back with every problem beside its field
 * (a range upside down, a tranche released by a yearly report without its year or before that report can be
 * filed, tranches out of order), saves a valid plan audited with what it says, and never overwrites a plan
 * someone changed meanwhile. The demo's plans are there: 双高 project funds of 5–20万元 (004 §三(一)).
 */
@IntegrationTest
class SupportPlanEditorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TalentScenario scenario;

    @Test
    void aPlanIsRefusedWithEveryProblemBesideItsFieldThenSavedAndAudited() throws Exception {
        long record = scenario.published(1).get(0).recordId();
        String category = String.valueOf(jdbc.queryForObject("select category_id from talent_record where id = ?",
                Long.class, record));

        String page = mvc.perform(post("/funding/plans/new").with(csrf()).with(users.as("office"))
                .param("categoryId", category).param("kind", "PROJECT").param("minAmount", "200000")
                .param("maxAmount", "50000").param("periodYears", "3").param("extensionYears", "0")
                .param("rows[0].monthsAfterStart", "0").param("rows[0].condition", "NONE")
                .param("rows[1].monthsAfterStart", "6").param("rows[1].condition", "YEARLY_REPORT_FILED")
                .param("rows[1].reportYear", "1")
                .param("rows[2].monthsAfterStart", "3").param("rows[2].condition", "YEARLY_REPORT_FILED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("error-summary", "最高金额不能低于最低金额",
                "第 2 期：第 1 年度考核在周期开始满 12 个月后才能归档", "第 3 期：拨付时间应晚于上一期",
                "第 3 期：考核年度应为 1 至 3");
        assertThat(jdbc.queryForObject("select count(*) from support_plan where category_id = ?", Long.class,
                Long.valueOf(category))).isZero();

        mvc.perform(post("/funding/plans/new").with(csrf()).with(users.as("office"))
                .param("categoryId", category).param("kind", "PROJECT").param("minAmount", "50000")
                .param("maxAmount", "200000").param("periodYears", "3").param("extensionYears", "0")
                .param("basis", "004 §三(一)")
                .param("rows[0].monthsAfterStart", "0").param("rows[0].condition", "NONE")
                .param("rows[1].monthsAfterStart", "12").param("rows[1].condition", "YEARLY_REPORT_FILED")
                .param("rows[1].reportYear", "1")
                .param("rows[3].monthsAfterStart", "24").param("rows[3].condition", "YEARLY_REPORT_FILED")
                .param("rows[3].reportYear", "2"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/funding/plans"));
        long plan = jdbc.queryForObject("select id from support_plan where category_id = ? and kind = 'PROJECT'",
                Long.class, Long.valueOf(category));
        assertThat(jdbc.queryForList("""
                select months_after_start from support_plan_tranche where plan_id = ? order by seq""", Integer.class,
                plan)).containsExactly(0, 12, 24);
        assertThat(jdbc.queryForMap("""
                select action, actor_username, note_key from audit_record where subject_type = 'FUNDING_PLAN'
                and subject_id = ?""", plan)).containsEntry("action", "CREATE_SUPPORT_PLAN")
                .containsEntry("actor_username", "office").containsEntry("note_key", "audit.note.supportPlan");

        // a second plan of the same kind in the category is refused; the plan is edited instead
        String twice = mvc.perform(post("/funding/plans/new").with(csrf()).with(users.as("office"))
                .param("categoryId", category).param("kind", "PROJECT").param("minAmount", "1")
                .param("maxAmount", "2").param("periodYears", "3").param("rows[0].monthsAfterStart", "0")
                .param("rows[0].condition", "NONE")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(twice).contains("请编辑该方案");

        // opened at version 0, saved by someone else meanwhile: not overwritten
        long version = jdbc.queryForObject("select version from support_plan where id = ?", Long.class, plan);
        mvc.perform(post("/funding/plans/" + plan).with(csrf()).with(users.as("office"))
                .param("version", String.valueOf(version)).param("minAmount", "60000").param("maxAmount", "200000")
                .param("periodYears", "3").param("extensionYears", "0").param("rows[0].monthsAfterStart", "0")
                .param("rows[0].condition", "NONE")).andExpect(status().is3xxRedirection());
        String stale = mvc.perform(post("/funding/plans/" + plan).with(csrf()).with(users.as("office"))
                .param("version", String.valueOf(version)).param("minAmount", "70000").param("maxAmount", "200000")
                .param("periodYears", "3").param("extensionYears", "0").param("rows[0].monthsAfterStart", "0")
                .param("rows[0].condition", "NONE")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("已被他人修改");
        assertThat(jdbc.queryForObject("select min_amount from support_plan where id = ?", java.math.BigDecimal.class,
                plan)).isEqualByComparingTo("60000");
    }

    @Test
    void theDemosPlansFollowTheTexts() throws Exception {
        String plans = mvc.perform(get("/funding/plans").with(users.as("supervisor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(plans).contains("项目资助经费", "50,000.00 至 200,000.00 元", "第 1 年度考核归档后", "一次性补助",
                "正式履行工作合同后", "科研经费", "有工作合同的可延期 2 年").doesNotContain("edit-plan-");
        mvc.perform(get("/funding/plans/new").with(users.as("supervisor"))).andExpect(status().isForbidden());
    }
}
