package cn.gov.talent.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/** The review stage's forms take codes from their lists only, and say so on the page when not. */
@IntegrationTest
class ReviewInputValidationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExpertsUnknownDisciplineIsRefusedNotDropped() throws Exception {
        long expert = jdbc.queryForObject("select max(id) from expert", Long.class);
        long version = jdbc.queryForObject("select version from expert where id = ?", Long.class, expert);
        List<String> before = disciplinesOf(expert);
        String page = mvc.perform(post("/review/experts/" + expert).with(users.as("office")).with(csrf())
                        .param("version", String.valueOf(version)).param("fullName", "测试专家")
                        .param("employerName", "测试单位").param("maxLoad", "10").param("disciplines", "210", "999"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("学科须从列表中选择");
        assertThat(disciplinesOf(expert)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select version from expert where id = ?", Long.class, expert))
                .isEqualTo(version);
    }

    @Test
    void aRoundModeNotOnTheListIsRefusedOnTheBatchPage() throws Exception {
        long batch = data.batchId("SG");
        long roundsBefore = rounds(batch);
        Object refused = mvc.perform(post("/review/batches/" + batch + "/rounds").with(users.as("office")).with(csrf())
                        .param("mode", "TELEPATHY").param("expertsPerApplication", "3"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("errorText");
        assertThat(refused).isEqualTo("请选择评审方式");
        Object experts = mvc.perform(post("/review/batches/" + batch + "/rounds").with(users.as("office")).with(csrf())
                        .param("mode", "MEETING").param("expertsPerApplication", "many"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("errorText");
        assertThat(experts).isEqualTo("每份申报的评审专家数须为 1 至 15 人");
        assertThat(rounds(batch)).isEqualTo(roundsBefore);
    }

    private long rounds(long batch) {
        return jdbc.queryForObject("select count(*) from review_round where batch_id = ?", Long.class, batch);
    }

    private List<String> disciplinesOf(long expert) {
        return jdbc.queryForList("select discipline_code from expert_discipline where expert_id = ? order by 1",
                String.class, expert);
    }
}
