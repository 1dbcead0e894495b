package cn.gov.talent.mobility;

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
import org.springframework.test.web.servlet.MvcResult;

import cn.gov.talent.program.Programs;
import cn.gov.talent.program.TermKind;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;
import cn.gov.talent.web.Answers;

/**
 * 转换项目类别 (002 art. 33) over HTTP, in a fresh program whose office marked its category short-term and added
 * a long-term one: the person asks to convert short to long and the office approves (the record takes the new
 * category, audited); long to short is refused with the article before anything is asked; only the office
 * decides.
 */
@IntegrationTest
class Art33ConversionTests {

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

    @Autowired
    Programs programs;

    @Test
    void shortToLongIsApprovedByTheOfficeAndLongToShortIsRefusedWithTheArticle() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long record = talent.recordId();
        long program = jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class, record);
        long shortTerm = jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class, record);
        programs.addCategory(program, "LONG", "创新人才长期项目", data.actor("office"));
        long longTerm = jdbc.queryForObject("select id from program_category where program_id = ? and code = 'LONG'",
                Long.class, program);
        programs.setMobility(shortTerm, TermKind.SHORT, false, data.actor("office"));
        programs.setMobility(longTerm, TermKind.LONG, false, data.actor("office"));

        assertThat(page("/conversions/new?recordId=" + record, talent.owner()))
                .contains("鼓励支持创新短期项目入选专家转换为创新长期项目（002 第三十三条）", "创新人才长期项目");
        MvcResult asked = mvc.perform(post("/conversions/new").param("recordId", String.valueOf(record))
                .param("toCategoryId", String.valueOf(longTerm)).param("reason", "已与用人单位签订长期工作合同。")
                .with(csrf()).with(users.as(talent.owner()))).andReturn();
        String target = asked.getResponse().getRedirectedUrl();
        assertThat(target).as(asked.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("/conversions/");
        long id = Long.parseLong(target.substring("/conversions/".length()));

        // only the office decides
        for (String other : new String[] {"employer", "recommender", "supervisor", talent.owner()}) {
            mvc.perform(post("/conversions/" + id + "/decision").param("approve", "true").with(csrf())
                    .with(users.as(other))).andExpect(status().isForbidden());
        }
        MvcResult approved = mvc.perform(post("/conversions/" + id + "/decision").param("approve", "true")
                .with(csrf()).with(users.as("office"))).andReturn();
        assertThat(approved.getFlashMap().get(Answers.ERROR)).isNull();
        assertThat(jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class, record))
                .isEqualTo(longTerm);
        assertThat(jdbc.queryForObject("select status from category_conversion where id = ?", String.class, id))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForList("select action from audit_record where subject_type = 'CONVERSION'"
                + " and subject_id = ? order by id", String.class, id))
                .containsExactly("REQUEST_CONVERSION", "APPROVE_CONVERSION");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where subject_type = 'TALENT'"
                + " and subject_id = ? and action = 'CONVERT_CATEGORY'", Long.class, record)).isEqualTo(1);
        assertThat(page("/talents/" + record, "employer")).contains("创新人才长期项目");

        // now long-term: back to short is refused with the article, before and when asked
        assertThat(page("/conversions/new?recordId=" + record, talent.owner()))
                .contains("创新长期项目入选专家原则上不得转换为创新短期项目（002 第三十三条）");
        String refused = mvc.perform(post("/conversions/new").param("recordId", String.valueOf(record))
                        .param("toCategoryId", String.valueOf(shortTerm)).param("reason", "希望缩短在岗时间。")
                        .with(csrf()).with(users.as(talent.owner())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("data-testid=\"error-summary\"",
                "创新长期项目入选专家原则上不得转换为创新短期项目（002 第三十三条）");
        assertThat(jdbc.queryForObject("select count(*) from category_conversion where talent_record_id = ?",
                Long.class, record)).isEqualTo(1);
    }

    @Test
    void theOfficeRefusesWithItsReason() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long record = talent.recordId();
        long program = jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class, record);
        long shortTerm = jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class, record);
        programs.addCategory(program, "LONG", "创新人才长期项目", data.actor("office"));
        long longTerm = jdbc.queryForObject("select id from program_category where program_id = ? and code = 'LONG'",
                Long.class, program);
        programs.setMobility(shortTerm, TermKind.SHORT, false, data.actor("office"));
        programs.setMobility(longTerm, TermKind.LONG, false, data.actor("office"));
        mvc.perform(post("/conversions/new").param("recordId", String.valueOf(record))
                .param("toCategoryId", String.valueOf(longTerm)).param("reason", "全职回国工作。").with(csrf())
                .with(users.as(talent.owner()))).andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from category_conversion where talent_record_id = ?", Long.class,
                record);
        MvcResult noReason = mvc.perform(post("/conversions/" + id + "/decision").param("approve", "false")
                .with(csrf()).with(users.as("office"))).andReturn();
        assertThat((String) noReason.getFlashMap().get(Answers.ERROR)).contains("请写明理由");
        mvc.perform(post("/conversions/" + id + "/decision").param("approve", "false")
                .param("reason", "尚未提供全职工作合同。").with(csrf()).with(users.as("office")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from category_conversion where id = ?", String.class, id))
                .isEqualTo("REFUSED");
        assertThat(jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class, record))
                .isEqualTo(shortTerm);
        // others cannot see it
        mvc.perform(get("/conversions/" + id).with(users.as("employer02"))).andExpect(status().isNotFound());
        mvc.perform(get("/conversions/" + id).with(users.as("employer"))).andExpect(status().isOk());
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
