package cn.gov.talent.statistics;

import static cn.gov.talent.statistics.SelectionFunnelTests.figure;
import static cn.gov.talent.statistics.SelectionFunnelTests.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.TalentKind;
import cn.gov.talent.shared.StatisticsFilter;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;
import cn.gov.talent.tracking.TalentCount;
import cn.gov.talent.tracking.TalentStatistics;

/**
 * The selected people counted by program and year, category, unit, employer and state, and 004 §二(一)'s share
 * of the highly skilled (逐步提高高技能领军人才的比例): four people published today in a fresh program whose
 * category the office marks as selecting highly skilled people; one of them moved to 九江学院 (九江市人社局), one
 * revoked. The office counts four, 南昌市人社局 the three of its subtree, 九江市人社局 the one of its own.
 */
@IntegrationTest
class Sec2Item1SelectedPeopleAndTheSkilledShareTests {

    @Autowired
    TalentScenario scenario;

    @Autowired
    TalentStatistics statistics;

    @Autowired
    Programs programs;

    @Autowired
    Slicer slicer;

    @Autowired
    Figures figures;

    @Autowired
    Accounts accounts;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void thePeopleAreCountedByEachBreakdownAndARecommendingUnitCountsItsSubtreeOnly() throws Exception {
        List<Talent> talents = scenario.published(4);
        long category = jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class,
                talents.get(0).recordId());
        long program = jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class,
                talents.get(0).recordId());
        // the office marks the category on its rules page
        mvc.perform(post("/programs/categories/" + category + "/talent-kind").param("talentKind", "SKILLED")
                .with(csrf()).with(users.as("office")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successText", "人才类型已保存。"));
        scenario.employedBy(talents.get(3).recordId(), "JJU");
        jdbc.update("update talent_record set status = 'REVOKED' where id = ?", talents.get(2).recordId());
        String nanchang = path("NC-HRSS");
        String jiujiang = path("JJ-HRSS");
        StatisticsFilter filter = new StatisticsFilter(null, List.of(category), null, List.of(nanchang, jiujiang));

        List<TalentCount> office = statistics.people(data.actor("office").scope(), filter);
        assertThat(count(office, "TOTAL", null)).isEqualTo(4);
        assertThat(count(office, "PROGRAM_YEAR", program + ":" + data.year())).isEqualTo(4);
        assertThat(count(office, "CATEGORY", String.valueOf(category))).isEqualTo(4);
        assertThat(count(office, "CATEGORY_YEAR", category + ":" + data.year())).isEqualTo(4);
        assertThat(count(office, "UNIT", nanchang)).isEqualTo(3);
        assertThat(count(office, "UNIT", jiujiang)).isEqualTo(1);
        assertThat(count(office, "EMPLOYER", String.valueOf(data.unitId("NCU")))).isEqualTo(3);
        assertThat(count(office, "EMPLOYER", String.valueOf(data.unitId("JJU")))).isEqualTo(1);
        assertThat(office).filteredOn(line -> line.dimension().equals("EMPLOYER")).extracting(TalentCount::label)
                .containsExactlyInAnyOrder("南昌大学", "九江学院");
        assertThat(count(office, "STATUS", "ACTIVE")).isEqualTo(3);
        assertThat(count(office, "STATUS", "REVOKED")).isEqualTo(1);
        // another selection year: nobody
        assertThat(count(statistics.people(data.actor("office").scope(), new StatisticsFilter(data.year() - 5,
                List.of(category), null, List.of())), "TOTAL", null)).isZero();

        // a recommending unit counts its subtree, whatever the filter asks
        assertThat(count(statistics.people(data.actor("recommender").scope(), filter), "TOTAL", null)).isEqualTo(3);
        assertThat(count(statistics.people(data.actor("recommender02").scope(), filter), "TOTAL", null)).isEqualTo(1);
        assertThat(count(statistics.people(data.actor("recommender").scope(), new StatisticsFilter(null,
                List.of(category), jiujiang, List.of())), "TOTAL", null)).isZero();

        // the page: by program and year, the skilled share (all four highly skilled), the units below the reader
        StatisticsQuery query = new StatisticsQuery();
        query.setProgramId(program);
        List<Figure> shown = figures.people(slicer.slice(accounts.currentUser(accounts.findByUsername("office")
                .orElseThrow()), query, true), Locale.SIMPLIFIED_CHINESE);
        assertThat(texts(figure(shown, "people-batches"), 0)).containsExactly("4");
        Figure skilled = figure(shown, "people-skilled");
        assertThat(skilled.rows()).containsExactly(String.valueOf(data.year()));
        assertThat(texts(skilled, 0)).containsExactly("4");
        assertThat(texts(skilled, 1)).containsExactly("0");
        assertThat(texts(skilled, 3)).containsExactly("100.0%");
        Figure units = figure(shown, "people-units");
        assertThat(units.rows()).containsExactlyInAnyOrder("南昌市人社局", "九江市人社局");
        assertThat(texts(units, 0).get(units.rows().indexOf("南昌市人社局"))).isEqualTo("3");
        assertThat(texts(units, 0).get(units.rows().indexOf("九江市人社局"))).isEqualTo("1");
        assertThat(figure(shown, "people-employers").rows()).containsExactly("南昌大学", "九江学院");

        // the category marked as professional: the share falls to none
        programs.setTalentKind(category, TalentKind.PROFESSIONAL, data.actor("office"));
        List<Figure> again = figures.people(slicer.slice(accounts.currentUser(accounts.findByUsername("office")
                .orElseThrow()), query, true), Locale.SIMPLIFIED_CHINESE);
        assertThat(texts(figure(again, "people-skilled"), 3)).containsExactly("0.0%");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_record where subject_type = 'CATEGORY' and subject_id = ?
                and action = 'SET_CATEGORY_TALENT_KIND'""", Long.class, category)).isEqualTo(2);
    }

    private String path(String unitCode) {
        return jdbc.queryForObject("select path from org_unit where code = ?", String.class, unitCode);
    }

    static long count(List<TalentCount> lines, String dimension, String key) {
        return lines.stream().filter(line -> line.dimension().equals(dimension) && Objects.equals(line.key(), key))
                .mapToLong(TalentCount::count).findFirst().orElse(0);
    }
}
