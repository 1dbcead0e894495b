package cn.gov.talent.program;

import static org.assertj.core.api.Assertions.assertThat;
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

import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/** The office sets up a batch and edits a category's rules; bad input is explained, nothing half saved. */
@IntegrationTest
class ProgramAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    private long programId(String code) {
        return jdbc.queryForObject("select id from program where code = ?", Long.class, code);
    }

    /** A year no demo batch has: three years after the demo's current one. */
    private int future() {
        return data.year() + 3;
    }

    private String futureTitle() {
        return future() + "年度青年项目";
    }

    private MockHttpServletRequestBuilder batch(String closes) {
        return post("/programs/" + programId("QR") + "/batches/new").with(users.as("office")).with(csrf())
                .param("year", String.valueOf(future())).param("title", futureTitle()).param("stage", "DRAFT")
                .param("applicationOpens", future() + "-03-01").param("applicationCloses", future() + closes)
                .param("employerDeadline", future() + "-05-15").param("referenceDate", future() + "-12-31")
                .param("noticeWorkingDays", "7").param("totalPlaces", "30")
                .param("rubric[0].name", "创新能力").param("rubric[0].maxPoints", "30").param("rubric[0].weight", "1.0");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aBatchWithItsTimetableOutOfOrderIsExplainedThenSaved() throws Exception {
        assertThat(html(batch("-06-30"))).contains("时间安排的日期须按先后顺序").contains("value=\"" + futureTitle() + "\"");
        assertThat(jdbc.queryForObject("select count(*) from batch where title = ?", Integer.class, futureTitle()))
                .isZero();

        mvc.perform(batch("-04-30")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select notice_working_days from batch where year = ? and title = ?",
                Integer.class, future(), futureTitle())).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from rubric_criterion r join batch b on b.id = r.batch_id "
                + "where b.title = ?", Integer.class, futureTitle())).isEqualTo(1);
        assertThat(html(batch("-04-30"))).contains("该人才工程在这一年度已有批次");
    }

    @Test
    void aMalformedRuleIsRefusedAndAGoodOneTakesEffectAndIsAudited() throws Exception {
        long category = data.categoryId("BQW", "PROV");
        String refused = html(post("/programs/categories/" + category + "/rules").with(users.as("office")).with(csrf())
                .param("rows[0].kind", "MAX_AGE").param("rows[0].intValue", "200"));
        assertThat(refused).contains("参数不符合该类条件的要求");
        assertThat(jdbc.queryForObject("select count(*) from eligibility_rule where category_id = ?", Integer.class,
                category)).isEqualTo(3);

        mvc.perform(post("/programs/categories/" + category + "/rules").with(users.as("office")).with(csrf())
                        .param("rows[0].kind", "MAX_AGE").param("rows[0].intValue", "48").param("rows[0].relaxable", "true")
                        .param("rows[1].kind", "MIN_QUALIFICATION").param("rows[1].listValue", "TITLE:DEPUTY_SENIOR, DEGREE:DOCTOR")
                        .param("rows[2].kind", "ONE_APPLICATION_PER_YEAR"))
                .andExpect(status().is3xxRedirection());
        String page = html(get("/programs").with(users.as("office")));
        assertThat(page).contains("年龄不超过 48 周岁");
        assertThat(audit.historyOf("CATEGORY", category)).extracting(AuditRecord::getAction).contains("UPDATE_RULES");
        // what an exception may relax is the row's own: the age here, not the qualification
        assertThat(jdbc.queryForList("select relaxable from eligibility_rule where category_id = ? order by sort_order",
                Boolean.class, category)).containsExactly(true, false, false);
        String editor = html(get("/programs/categories/" + category + "/rules").with(users.as("office")));
        assertThat(editor).contains("特别优秀者可放宽").contains("PROVINCIAL_SCI_AWARD:GRADE2:RANK3")
                .contains("申报人声明并举证的条件");
        // put the seeds' rules back for the other tests
        mvc.perform(post("/programs/categories/" + category + "/rules").with(users.as("office")).with(csrf())
                .param("rows[0].kind", "MAX_AGE").param("rows[0].intValue", "50")
                .param("rows[1].kind", "MIN_QUALIFICATION").param("rows[1].listValue", "TITLE:DEPUTY_SENIOR")
                .param("rows[2].kind", "ONE_APPLICATION_PER_YEAR")).andExpect(status().is3xxRedirection());
    }

    @Test
    void onlyTheOfficeEditsProgramsAndBatchesOpenTheForms() throws Exception {
        long category = data.categoryId("SG", "PRO");
        mvc.perform(get("/programs/categories/" + category + "/rules").with(users.as("recommender")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programs/categories/" + category + "/rules").with(users.as("supervisor")))
                .andExpect(status().isForbidden());
        assertThat(html(get("/programs/categories/" + category + "/rules").with(users.as("office"))))
                .contains("value=\"45\"");
        assertThat(html(get("/programs/batches/" + data.batchId("SG")).with(users.as("office"))))
                .contains("value=\"" + data.referenceDate() + "\"");
    }

    @Test
    void theOfficeCreatesAProgramAndAddsACategory() throws Exception {
        String refused = html(post("/programs/new").with(users.as("office")).with(csrf()).param("code", "sg")
                .param("name", "重复代码").param("tier", "PROVINCIAL").param("categoryCode", "A1").param("categoryName", "类别"));
        assertThat(refused).contains("该工程代码已被使用").contains("value=\"重复代码\"");
        mvc.perform(post("/programs/new").with(users.as("office")).with(csrf()).param("code", "GANPO")
                .param("name", "赣鄱英才555计划").param("tier", "PROVINCIAL").param("categoryCode", "INNOVATION")
                .param("categoryName", "创新领军人才")).andExpect(status().is3xxRedirection());
        long program = programId("GANPO");
        var added = mvc.perform(post("/programs/" + program + "/categories").with(users.as("office")).with(csrf())
                .param("code", "startup").param("name", "创业领军人才")).andReturn();
        assertThat(added.getFlashMap().get("successText")).isEqualTo("项目类别已添加，请设置其申报条件。");
        var duplicate = mvc.perform(post("/programs/" + program + "/categories").with(users.as("office")).with(csrf())
                .param("code", "STARTUP").param("name", "重复")).andReturn();
        assertThat(duplicate.getFlashMap().get("errorText")).isEqualTo("该工程已有这个类别代码");
        assertThat(html(get("/programs").with(users.as("office")))).contains("赣鄱英才555计划").contains("创业领军人才");
        assertThat(audit.historyOf("PROGRAM", program)).extracting(AuditRecord::getAction)
                .containsExactly("CREATE_PROGRAM", "ADD_CATEGORY");
    }
}
