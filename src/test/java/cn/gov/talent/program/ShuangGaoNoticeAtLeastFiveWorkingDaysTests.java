package cn.gov.talent.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/**
 * 004 §二(三)5: 省人力资源社会保障厅向社会公示拟入选名单，公示期不少于5个工作日. A minimum, not a default:
 * a 双高 batch with a shorter notice is refused, naming the rule; a longer one is saved.
 */
@IntegrationTest
class ShuangGaoNoticeAtLeastFiveWorkingDaysTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    private MockHttpServletRequestBuilder batch(long program, int year, int noticeWorkingDays) {
        return post("/programs/" + program + "/batches/new").with(users.as("office")).with(csrf())
                .param("year", String.valueOf(year)).param("title", year + "年度双高工程人选选拔（公示期测试）")
                .param("stage", "DRAFT").param("applicationOpens", year + "-03-01")
                .param("applicationCloses", year + "-04-30").param("referenceDate", year + "-12-31")
                .param("noticeWorkingDays", String.valueOf(noticeWorkingDays));
    }

    @Test
    void aShuangGaoNoticeShorterThanFiveWorkingDaysIsRefused() throws Exception {
        long sg = jdbc.queryForObject("select id from program where code = 'SG'", Long.class);
        int year = data.year() + 7;
        String refused = mvc.perform(batch(sg, year, 4)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("公示期不得少于 5 个工作日（江西省高层次高技能领军人才培养工程（双高工程），"
                + "依据：《江西省高层次高技能领军人才培养工程实施方案》二(三)5）");
        assertThat(jdbc.queryForObject("select count(*) from batch where program_id = ? and year = ?", Integer.class,
                sg, year)).isZero();

        mvc.perform(batch(sg, year, 6)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select notice_working_days from batch where program_id = ? and year = ?",
                Integer.class, sg, year)).isEqualTo(6);
    }
}
