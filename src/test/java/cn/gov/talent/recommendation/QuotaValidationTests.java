package cn.gov.talent.recommendation;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.shared.Refusal;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/**
 * The recommendation pages take their codes from their lists only: quotas go to recommending units
 * of the tree (not to an employer, not to a unit that does not exist), category caps to the batch's own
 * categories, the unit's actions and choices from its page; the category filter offers the batch's
 * program's categories only.
 */
@IntegrationTest
class QuotaValidationTests {

    @Autowired
    Nominations nominations;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void theOfficeCannotGiveAQuotaToAnEmployerOrToAUnitThatDoesNotExist() throws Exception {
        long batch = data.batchId("BQW");
        String employer = error(post("/recommendation/quotas/" + batch).param("unitId",
                String.valueOf(data.unitId("NCU"))).param("places", "5"));
        assertThat(employer).contains("推荐名额只分配给推荐单位");
        String unknown = error(post("/recommendation/quotas/" + batch).param("unitId", "987654321")
                .param("places", "5"));
        assertThat(unknown).contains("推荐名额只分配给推荐单位");
        String office = error(post("/recommendation/quotas/" + batch).param("unitId",
                String.valueOf(data.unitId("JX-HRSS"))).param("places", "5"));
        assertThat(office).contains("推荐名额只分配给推荐单位");
        assertThat(jdbc.queryForObject("select count(*) from quota where batch_id = ? and unit_id in (?, ?, ?)",
                Integer.class, batch, data.unitId("NCU"), 987654321L, data.unitId("JX-HRSS"))).isZero();
        assertThat(error(post("/recommendation/quotas/" + batch).param("unitId",
                String.valueOf(data.unitId("JJ-HRSS"))).param("places", "100000"))).contains("名额不能超过 10000");
    }

    @Test
    void aCategoryCapIsForTheBatchsOwnCategoriesAndRecommendingUnits() throws Exception {
        long batch = data.batchId("SG");
        long unit = data.unitId("JX-EDU");
        String otherProgram = error(post("/recommendation/quotas/" + batch + "/categories")
                .param("unitId", String.valueOf(unit)).param("categoryId", String.valueOf(data.categoryId("QR", "YOUTH")))
                .param("places", "1"));
        assertThat(otherProgram).contains("该类别不属于");
        assertThatThrownBy(() -> nominations.setCategoryQuota(batch, data.unitId("JXUFE"),
                data.categoryId("SG", "PRO"), 1, data.actor("office")))
                .isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("quota.unit.notRecommender"));
        assertThat(jdbc.queryForObject("""
                select count(*) from category_quota c join quota q on q.id = c.quota_id
                where q.batch_id = ? and q.unit_id = ?""", Integer.class, batch, unit)).isZero();
    }

    @Test
    void theBatchPageFiltersByTheBatchsOwnCategoriesOnly() throws Exception {
        long batch = data.batchId("SG");
        String page = mvc.perform(get("/recommendation/batches/" + batch).with(users.as("recommender")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String filter = page.substring(page.indexOf("id=\"categoryId\""), page.indexOf("</select>",
                page.indexOf("id=\"categoryId\"")));
        assertThat(filter).contains(categoryName("SG", "PRO"), categoryName("SG", "SKILL"))
                .doesNotContain(categoryName("QR", "YOUTH"), categoryName("BQW", "PROV"));
    }

    @Test
    void theUnitsActionsAndChoicesComeFromItsPage() throws Exception {
        long batch = data.batchId("SG");
        long application = jdbc.queryForObject("select min(id) from application where batch_id = ?", Long.class, batch);
        String action = mvc.perform(post("/recommendation/applications/" + application).with(users.as("recommender"))
                .with(csrf()).param("action", "promote").param("batchId", String.valueOf(batch)))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("errorText").toString();
        assertThat(action).contains("推荐", "不推荐", "退回用人单位");
        String method = mvc.perform(post("/recommendation/batches/" + batch + "/evaluation")
                .with(users.as("recommender")).with(csrf()).param("method", "ASTROLOGY").param("date", "2026-01-05"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("errorText").toString();
        assertThat(method).contains("请选择评价方式");
        String result = mvc.perform(post("/recommendation/batches/" + batch + "/notice")
                .with(users.as("recommender")).with(csrf()).param("starts", "2026-01-05").param("ends", "2026-01-09")
                .param("result", "MAYBE"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("errorText").toString();
        assertThat(result).contains("选择公示结果");
    }

    private String categoryName(String program, String category) {
        return jdbc.queryForObject("select name from program_category where id = ?", String.class,
                data.categoryId(program, category));
    }

    /** The office posts; the refusal's text, flashed to the quota page. */
    private String error(MockHttpServletRequestBuilder request) throws Exception {
        Object text = mvc.perform(request.with(users.as("office")).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("errorText");
        assertThat(text).as("refused with a reason").isNotNull();
        return text.toString();
    }
}
