package cn.gov.talent.funding;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.web.Answers;

/**
 * What the funding tests share: a support plan for a scenario's fresh category (TalentScenario publishes
 * each batch in a program of its own, category PRO), the posts as an account with their flashed answer, a
 * person's funding page as an account sees it.
 */
final class FundingRequests {

    private final MockMvc mvc;
    private final DemoUsers users;
    private final JdbcTemplate jdbc;

    FundingRequests(MockMvc mvc, DemoUsers users, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A plan's form: kind, range, period, extension, then the tranches as (months, condition, report year). */
    static PlanForm plan(long categoryId, FundKind kind, String min, String max, int years, int extension,
            Object... rows) {
        PlanForm form = new PlanForm();
        form.setCategoryId(categoryId);
        form.setKind(kind);
        form.setMinAmount(new BigDecimal(min));
        form.setMaxAmount(new BigDecimal(max));
        form.setPeriodYears(years);
        form.setExtensionYears(extension);
        form.setExtensionNeedsContract(true);
        form.setBasis("测试方案");
        List<PlanRow> planRows = new ArrayList<>();
        for (int i = 0; i < rows.length; i += 3) {
            PlanRow row = new PlanRow();
            row.setMonthsAfterStart((Integer) rows[i]);
            row.setCondition((ReleaseCondition) rows[i + 1]);
            row.setReportYear((Integer) rows[i + 2]);
            planRows.add(row);
        }
        form.setRows(planRows);
        return form;
    }

    /** 双高 project funds (004 §三(一)): 5–20万元, the second and third tranches after the reports of years 1 and 2. */
    static PlanForm shuangGaoProject(long categoryId) {
        return plan(categoryId, FundKind.PROJECT, "50000", "200000", 3, 0, 0, ReleaseCondition.NONE, null, 12,
                ReleaseCondition.YEARLY_REPORT_FILED, 1, 24, ReleaseCondition.YEARLY_REPORT_FILED, 2);
    }

    /** 千人计划 research funds (002 art. 28): 100–300万元 over three years, no yearly condition, 2 years more with a contract. */
    static PlanForm researchFunds(long categoryId) {
        return plan(categoryId, FundKind.RESEARCH, "1000000", "3000000", 3, 2, 0, ReleaseCondition.NONE, null, 12,
                ReleaseCondition.NONE, null, 24, ReleaseCondition.NONE, null);
    }

    long categoryOf(long recordId) {
        return jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class, recordId);
    }

    /** The record's tranche of one kind of fund and number. */
    long tranche(long recordId, FundKind kind, int seq) {
        return jdbc.queryForObject("select id from funding_tranche where talent_record_id = ? and kind = ? and seq = ?",
                Long.class, recordId, kind.name(), seq);
    }

    String statusOf(long trancheId) {
        return jdbc.queryForObject("select status from funding_tranche where id = ?", String.class, trancheId);
    }

    /** Posts as the account (parameters as name, value pairs); the answer is a redirect with a message. */
    MvcResult post(String path, String username, Object... parameters) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param((String) parameters[i], String.valueOf(parameters[i + 1]));
        }
        return perform(request, username);
    }

    MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, String username) throws Exception {
        return mvc.perform(request.with(csrf()).with(users.as(username))).andExpect(status().is3xxRedirection())
                .andReturn();
    }

    /** The person's funding page as the account sees it. */
    String page(long recordId, String username) throws Exception {
        return mvc.perform(get("/funding/records/" + recordId).with(users.as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The refusal a post was answered with (its text, as the page shows it), or null. */
    static String refusal(MvcResult result) {
        return (String) result.getFlashMap().get(Answers.ERROR);
    }

    /** The success message a post was answered with, or null. */
    static String success(MvcResult result) {
        return (String) result.getFlashMap().get(Answers.SUCCESS);
    }

    /** How many messages with this key, about this person, the account received. */
    long notified(String username, String messageKey, long recordId) {
        return jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = ? and n.message_key = ? and n.link = ?""", Long.class, username, messageKey,
                "/funding/records/" + recordId);
    }

    static org.springframework.mock.web.MockMultipartFile pdf(String name) {
        return new org.springframework.mock.web.MockMultipartFile("file", name, "application/pdf",
                "%PDF-1.4\n% contract\n".getBytes(StandardCharsets.US_ASCII));
    }
}
