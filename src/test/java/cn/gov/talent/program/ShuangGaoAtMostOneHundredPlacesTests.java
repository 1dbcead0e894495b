package cn.gov.talent.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/**
 * 004 §二(一): “双高工程”……每年选拔一次，每次选拔不超过100名. The most people a program selects in a year is
 * data with its basis; a batch's total places may not exceed it, on the form and in the service, and a
 * program has one batch a year (the table's unique program and year), so the year's places are its
 * batch's. The demo's 双高 program carries it from the seeds.
 */
@IntegrationTest
class ShuangGaoAtMostOneHundredPlacesTests {

    private static final String ART_2_1 = "《江西省高层次高技能领军人才培养工程实施方案》二(一)";

    private static final AtomicInteger PROGRAMS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    Programs programs;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long programId(String code) {
        return jdbc.queryForObject("select id from program where code = ?", Long.class, code);
    }

    private MockHttpServletRequestBuilder batch(long program, int year, int totalPlaces) {
        return post("/programs/" + program + "/batches/new").with(users.as("office")).with(csrf())
                .param("year", String.valueOf(year)).param("title", year + "年度双高工程人选选拔（名额测试）")
                .param("stage", "DRAFT").param("applicationOpens", year + "-03-01")
                .param("applicationCloses", year + "-04-30").param("referenceDate", year + "-12-31")
                .param("noticeWorkingDays", "5").param("totalPlaces", String.valueOf(totalPlaces));
    }

    @Test
    void theDemosShuangGaoSelectsAtMostOneHundredAYear() {
        assertThat(jdbc.queryForMap("select max_places_per_year, max_places_basis from program where code = 'SG'"))
                .containsEntry("max_places_per_year", 100).containsEntry("max_places_basis", ART_2_1);
        assertThat(jdbc.queryForObject("select total_places from batch where id = ?", Integer.class,
                data.batchId("SG"))).isEqualTo(100);
    }

    @Test
    void aBatchOfMoreThanOneHundredIsRefusedNamingTheRuleAndTheYearHasOneBatch() throws Exception {
        long sg = programId("SG");
        int year = data.year() + 6;
        assertThat(html(get("/programs/" + sg + "/batches/new").with(users.as("office"))))
                .contains("每年不超过 100 名（依据：" + ART_2_1 + "）");

        String refused = html(batch(sg, year, 101));
        assertThat(refused).contains("入选总数不得超过每年 100 名（江西省高层次高技能领军人才培养工程（双高工程），依据："
                + ART_2_1 + "）").contains("value=\"101\"");
        assertThat(jdbc.queryForObject("select count(*) from batch where program_id = ? and year = ?", Integer.class,
                sg, year)).isZero();

        mvc.perform(batch(sg, year, 100)).andExpect(status().is3xxRedirection());
        // 每年选拔一次: a second batch of the year is refused
        assertThat(html(batch(sg, year, 1))).contains("该人才工程在这一年度已有批次");
        long batch = data.batchId("SG", year);
        assertThat(jdbc.queryForObject("select total_places from batch where id = ?", Integer.class, batch))
                .isEqualTo(100);

        // the service holds the limit as well (the demo loader and tests set places through it)
        assertThatThrownBy(() -> programs.setReview(batch, List.of(new RubricCriterion("创新能力", 100,
                BigDecimal.ONE)), 101)).isInstanceOf(Refusal.class).hasMessage("batch.totalPlaces.aboveMaximum");
    }

    @Test
    void aMaximumBelowABatchInPreparationIsRefusedNamingTheBatch() throws Exception {
        String code = "SGT" + PROGRAMS.incrementAndGet() + System.nanoTime() % 10000;
        long program = programs.createProgram(code, "双高工程（名额测试）" + code, ProgramTier.PROVINCIAL, "测试",
                List.<String[]>of(new String[] {"PRO", "高层次专业技术领军人才"})).getId();
        int year = data.year() + 1;
        mvc.perform(batch(program, year, 120)).andExpect(status().is3xxRedirection());

        MockHttpServletRequestBuilder limits = post("/programs/" + program + "/limits").with(users.as("office"))
                .with(csrf()).param("maxPlacesPerYear", "100").param("maxPlacesBasis", ART_2_1);
        assertThat(html(limits)).contains(year + "年度双高工程人选选拔（名额测试）的入选总数为 120 名，超过 100 名：请先修改该批次");
        assertThat(jdbc.queryForObject("select max_places_per_year from program where id = ?", Integer.class, program))
                .isNull();

        jdbc.update("update batch set total_places = 100 where program_id = ?", program);
        mvc.perform(limits).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select max_places_per_year from program where id = ?", Integer.class, program))
                .isEqualTo(100);
        assertThat(audit.historyOf("PROGRAM", program)).extracting(AuditRecord::getAction)
                .contains("SET_PLACES_PER_YEAR");
        assertThat(html(get("/programs").with(users.as("office")))).contains("每年入选不超过 100 名（" + ART_2_1 + "）");
    }
}
