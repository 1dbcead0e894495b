package cn.gov.talent.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import cn.gov.talent.shared.BusinessTime;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestClock;
import cn.gov.talent.support.TestData;

/**
 * The calendar says when it does not know: a year is maintained only once the administrator marks it
 * so, every mark is audited, and the years a period runs over that are not marked are named. Each test
 * uses far years of its own (2093 to 2098), never a year the demo loads for the suite's clock.
 */
@IntegrationTest
class CalendarYearsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    TestClock clock;

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> marksOf(int year) {
        return jdbc.queryForList("select action || ' ' || actor_username || ' ' || from_state || '→' || to_state "
                + "from audit_record where subject_type = 'CALENDAR' and subject_label = ? order by id", String.class,
                String.valueOf(year));
    }

    @Test
    void theAdministratorMarksAYearCompleteAndBackAndEachMarkIsAudited() throws Exception {
        assertThat(calendar.isComplete(2095)).isFalse();
        assertThat(html(get("/admin/calendar").param("year", "2095").with(users.as("admin"))))
                .contains("data-complete=\"false\"").contains("2095 年度节假日安排尚未维护完毕：依此计算的期限须人工核对")
                .contains("action=\"/admin/calendar/years/2095\"").contains("name=\"complete\" value=\"true\"");

        mvc.perform(post("/admin/calendar/years/2095").param("complete", "true").with(users.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/calendar?year=2095"))
                .andExpect(flash().attribute("successText", "已标记为维护完毕"));
        assertThat(calendar.isComplete(2095)).isTrue();
        assertThat(html(get("/admin/calendar").param("year", "2095").with(users.as("admin"))))
                .contains("data-complete=\"true\"").contains("已按国务院办公厅通知维护完毕")
                .contains("name=\"complete\" value=\"false\"");

        // marking it as it already is records nothing
        calendar.markComplete(2095, true, data.actor("admin"));

        mvc.perform(post("/admin/calendar/years/2095").param("complete", "false").with(users.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/calendar?year=2095"))
                .andExpect(flash().attribute("successText", "已标记为尚未维护完毕，依此计算的期限将提示人工核对"));
        assertThat(calendar.isComplete(2095)).isFalse();

        assertThat(marksOf(2095)).containsExactly("MARK_CALENDAR_YEAR_COMPLETE admin INCOMPLETE→COMPLETE",
                "MARK_CALENDAR_YEAR_INCOMPLETE admin COMPLETE→INCOMPLETE");
    }

    @Test
    void onlyTheAdministratorMarksAYearAndOnlyAYearTheCalendarAccepts() throws Exception {
        for (String user : new String[] {"office", "applicant", "supervisor"}) {
            mvc.perform(post("/admin/calendar/years/2096").param("complete", "true").with(users.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/calendar/years/2096").param("complete", "true").with(users.as("admin")))
                .andExpect(status().isForbidden());
        assertThat(calendar.isComplete(2096)).isFalse();

        mvc.perform(post("/admin/calendar/years/2101").param("complete", "true").with(users.as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> calendar.markComplete(1999, true, data.actor("admin")))
                .isInstanceOf(Refusal.class).hasMessage("calendar.error.year.range");
        assertThat(marksOf(2096)).isEmpty();
    }

    @Test
    void aPeriodNamesTheYearsItRunsOverThatAreNotMarkedComplete() {
        calendar.markComplete(2098, true, data.actor("admin"));

        assertThat(calendar.incompleteYears(LocalDate.of(2097, 12, 20), LocalDate.of(2098, 1, 10)))
                .containsExactly(2097);
        assertThat(calendar.incompleteYears(LocalDate.of(2096, 12, 31), LocalDate.of(2098, 1, 1)))
                .containsExactly(2096, 2097);
        assertThat(calendar.incompleteYears(LocalDate.of(2098, 1, 2), LocalDate.of(2098, 3, 1))).isEmpty();
        assertThat(calendar.incompleteYears(LocalDate.of(2097, 3, 2), LocalDate.of(2097, 3, 1))).isEmpty();
        assertThat(calendar.isComplete(2097)).isFalse();
        assertThat(calendar.isComplete(2098)).isTrue();

        assertThat(WorkingCalendar.missing(2091, 2094, Set.of(2092, 2094, 2099))).containsExactly(2091, 2093);
        assertThat(WorkingCalendar.missing(2091, 2091, Set.of())).containsExactly(2091);
    }

    @Test
    void theAdministratorIsAskedForTheYearAndFromNovemberForTheNext() throws Exception {
        assertThat(CalendarWorkItems.yearsToMaintain(LocalDate.of(2093, 10, 31), false, false))
                .extracting(WorkItem::messageKey, WorkItem::count, WorkItem::link)
                .containsExactly(Tuple.tuple("calendar.work.currentYearMissing", 2093L,
                        "/admin/calendar?year=2093"));
        assertThat(CalendarWorkItems.yearsToMaintain(LocalDate.of(2093, 11, 1), false, false))
                .extracting(WorkItem::messageKey, WorkItem::count).containsExactly(
                        Tuple.tuple("calendar.work.currentYearMissing", 2093L),
                        Tuple.tuple("calendar.work.nextYearMissing", 2094L));
        assertThat(CalendarWorkItems.yearsToMaintain(LocalDate.of(2093, 12, 31), true, true)).isEmpty();
        assertThat(CalendarWorkItems.yearsToMaintain(LocalDate.of(2100, 12, 1), true, false)).isEmpty();

        clock.setTo(LocalDateTime.of(2093, 11, 20, 9, 0).atZone(BusinessTime.ZONE).toInstant());
        try {
            assertThat(html(get("/").with(users.as("admin")))).contains("href=\"/admin/calendar?year=2093\"")
                    .contains("年度工作日历未维护完毕").contains("href=\"/admin/calendar?year=2094\"");
            calendar.markComplete(2094, true, data.actor("admin"));
            assertThat(html(get("/").with(users.as("admin")))).contains("href=\"/admin/calendar?year=2093\"")
                    .doesNotContain("href=\"/admin/calendar?year=2094\"");
            assertThat(html(get("/").with(users.as("office")))).doesNotContain("/admin/calendar?year=");
        } finally {
            clock.reset();
        }
    }
}
