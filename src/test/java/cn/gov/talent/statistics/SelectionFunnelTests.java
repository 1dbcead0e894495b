package cn.gov.talent.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.application.ApplicationStatistics;
import cn.gov.talent.application.FunnelCounts;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.StatisticsFilter;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.ReviewScenario;
import cn.gov.talent.support.TestData;

/**
 * The selection funnel counts how far each application went (issue 16): nine applications of a fresh batch
 * of 南昌大学 (南昌市人社局), put in every kind of place — a draft, one withdrawn after its submission, one the
 * recommending unit did not nominate, one withdrawn after its nomination, two qualified, one not selected,
 * one removed in its notice and one selected — so the stages count 9, 8, 7, 6, 5, 3, 2, 1. The office counts
 * them all; 南昌市人社局 counts its subtree from the submission on (the draft is the applicant's own); 九江市人社局
 * counts none of them.
 */
@IntegrationTest
class SelectionFunnelTests {

    @Autowired
    ReviewScenario review;

    @Autowired
    ApplicationStatistics statistics;

    @Autowired
    Slicer slicer;

    @Autowired
    Figures figures;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    ReviewScenario.Batch batch;

    long programId;

    @BeforeEach
    void nineApplicationsInEveryPlace() {
        batch = review.qualified("320", 9, Collections.nCopies(9, List.of()));
        programId = jdbc.queryForObject("select program_id from batch where id = ?", Long.class, batch.batchId());
        List<Long> ids = batch.applicationIds();
        place(ids.get(0), "DRAFT", false, false, false);
        place(ids.get(1), "WITHDRAWN", true, false, false);
        place(ids.get(2), "NOT_NOMINATED", true, true, false);
        place(ids.get(3), "WITHDRAWN", true, true, true);
        // 4 and 5 stay QUALIFIED
        place(ids.get(6), "NOT_SELECTED", true, true, false);
        place(ids.get(7), "REMOVED", true, true, false);
        place(ids.get(8), "SELECTED", true, true, false);
    }

    @Test
    void eachStageCountsTheApplicationsThatReachedIt() {
        StatisticsFilter filter = new StatisticsFilter(null, List.of(batch.categoryId()), null,
                List.of(path("NC-HRSS"), path("JJ-HRSS")));
        List<FunnelCounts> office = statistics.funnel(data.actor("office").scope(), filter);
        List<Long> expected = List.of(9L, 8L, 7L, 6L, 5L, 3L, 2L, 1L);
        assertThat(line(office, "TOTAL", null).counts()).isEqualTo(expected);
        assertThat(line(office, "BATCH", programId + ":" + data.year()).counts()).isEqualTo(expected);
        assertThat(line(office, "CATEGORY", String.valueOf(batch.categoryId())).counts()).isEqualTo(expected);
        assertThat(line(office, "UNIT", path("NC-HRSS")).counts()).isEqualTo(expected);
        assertThat(office).noneMatch(counts -> path("JJ-HRSS").equals(counts.key()));

        // another year, another category: nothing
        assertThat(line(statistics.funnel(data.actor("office").scope(), new StatisticsFilter(data.year() + 1,
                List.of(batch.categoryId()), null, List.of())), "TOTAL", null).applied()).isZero();

        // 南昌市人社局: its subtree from the submission on; 九江市人社局: none of them
        assertThat(line(statistics.funnel(data.actor("recommender").scope(), filter), "TOTAL", null).counts())
                .containsExactly(8L, 8L, 7L, 6L, 5L, 3L, 2L, 1L);
        assertThat(line(statistics.funnel(data.actor("recommender02").scope(), filter), "TOTAL", null).counts())
                .containsOnly(0L);
    }

    @Test
    void theFiguresShowTheCountsWithTheirRatesAndTheUnitsBelowTheReader() {
        StatisticsQuery query = new StatisticsQuery();
        query.setProgramId(programId);
        Slice office = slicer.slice(user("office"), query, true);
        List<Figure> shown = figures.selection(office, Locale.SIMPLIFIED_CHINESE);

        Figure funnel = figure(shown, "funnel");
        assertThat(funnel.rows()).containsExactly("申报", "提交", "单位审核通过", "推荐", "形式审查合格", "完成评审", "拟入选", "入选");
        assertThat(texts(funnel, 0)).containsExactly("9", "8", "7", "6", "5", "3", "2", "1");
        assertThat(texts(funnel, 1)).containsExactly("—", "88.9%", "87.5%", "85.7%", "83.3%", "60.0%", "66.7%", "50.0%");
        assertThat(texts(funnel, 2)).containsExactly("100.0%", "88.9%", "77.8%", "66.7%", "55.6%", "33.3%", "22.2%",
                "11.1%");
        // the chart's data are the table's numbers
        assertThat(funnel.chartData()).contains("\"data\":[9,8,7,6,5,3,2,1]");
        assertThat(figure(shown, "funnel-units").rows()).containsExactly("南昌市人社局");
        assertThat(texts(figure(shown, "funnel-units"), 8)).containsExactly("11.1%");
        assertThat(figure(shown, "funnel-categories").rows()).containsExactly("专业技术人才");

        // the recommending unit sees its employers; a unit outside its subtree is named and left out
        query.setUnitId(data.unitId("JJ-HRSS"));
        Slice recommender = slicer.slice(user("recommender"), query, true);
        assertThat(recommender.problems()).containsExactly("statistics.problem.unit");
        List<Figure> its = figures.selection(recommender, Locale.SIMPLIFIED_CHINESE);
        assertThat(figure(its, "funnel-units").rows()).containsExactly("南昌大学");
        assertThat(texts(figure(its, "funnel"), 0)).containsExactly("8", "8", "7", "6", "5", "3", "2", "1");
    }

    @Test
    void unusableFiltersAreNamedOnThePageAndLeftOut() throws Exception {
        mvc.perform(get("/statistics/selection").param("year", "二〇二六").param("categoryId", "-5")
                .param("programId", String.valueOf(programId)).with(users.as("office")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("年度：请选择 2000 至 2100 之间的年度。")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("项目类别：没有这个项目类别。")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("遴选漏斗（数据表）")));
        long otherCategory = data.categoryId("SG", "PRO");
        StatisticsQuery query = new StatisticsQuery();
        query.setProgramId(programId);
        query.setCategoryId(otherCategory);
        assertThat(slicer.slice(user("office"), query, true).problems())
                .containsExactly("statistics.problem.categoryOfProgram");
    }

    private void place(long application, String status, boolean submitted, boolean endorsed, boolean nominated) {
        jdbc.update("""
                update application set status = ?, submitted_at = case when ? then submitted_at end,
                endorsed_at = case when ? then endorsed_at end,
                recommender_opinion_at = case when ? then status_changed_at end where id = ?""",
                status, submitted, endorsed, nominated, application);
    }

    private String path(String unitCode) {
        return jdbc.queryForObject("select path from org_unit where code = ?", String.class, unitCode);
    }

    private CurrentUser user(String username) {
        return accounts.currentUser(accounts.findByUsername(username).orElseThrow());
    }

    private static FunnelCounts line(List<FunnelCounts> lines, String dimension, String key) {
        return lines.stream().filter(line -> line.dimension().equals(dimension)
                && java.util.Objects.equals(line.key(), key)).findFirst().orElseThrow(() -> new AssertionError(
                        "no line " + dimension + " " + key + " in " + lines));
    }

    static Figure figure(List<Figure> figures, String id) {
        return figures.stream().filter(figure -> figure.id().equals(id)).findFirst().orElseThrow();
    }

    static List<String> texts(Figure figure, int column) {
        return java.util.stream.IntStream.range(0, figure.rows().size())
                .mapToObj(row -> figure.columns().get(column).text(row)).toList();
    }
}
