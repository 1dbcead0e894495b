package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.calendar.WorkingCalendar;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.ReviewScenario;
import cn.gov.talent.support.TestClock;
import cn.gov.talent.support.TestData;

/**
 * A notice whose period reaches into a year with no maintained working-day calendar: the office is
 * warned, must confirm the end date, and the confirmation stays with the notice and in the audit trail.
 * The clock is moved to the end of 2076, a year nobody maintains.
 */
@IntegrationTest
class NoticeCalendarTests {

    @Autowired
    TestClock clock;

    @Autowired
    ReviewScenario scenario;

    @Autowired
    Notices notices;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    TestData data;

    @Autowired
    DemoUsers users;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNoticeOverAnUnmaintainedYearStartsOnlyOnceTheOfficeConfirmsItsEnd() throws Exception {
        clock.setTo(LocalDate.of(2076, 12, 28).atTime(10, 0).atZone(ZoneOffset.ofHours(8)).toInstant());
        LocalDate today = notices.today();
        ReviewScenario.Batch batch = scenario.proposed("320", 1);
        LocalDate end = notices.endFor(batch.batchId(), today);
        String years = String.join("、", calendar.incompleteYears(today, end).stream().map(String::valueOf).toList());
        assertThat(years).startsWith("2076");
        Actor office = data.actor("office");

        assertThat(html("/publication/batches/" + batch.batchId())).contains("data-testid=\"calendar-incomplete\"")
                .contains("name=\"calendarAcknowledged\"");
        assertThatThrownBy(() -> notices.start(batch.batchId(), today, "来信来电", false, office))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("notice.calendarIncomplete");
                    assertThat(refused.arguments()).containsExactly(years);
                });
        var refused = mvc.perform(post("/publication/batches/" + batch.batchId() + "/notice").with(csrf())
                .with(users.as("office")).param("startsOn", today.toString()).param("howToObject", "来信来电"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) refused.getFlashMap().get("errorText")).contains("年度工作日历尚未维护完毕");
        // a refused start gives back the form with the date the office chose (the page counts the end from it)
        LocalDate later = today.plusDays(1);
        var refusedLater = mvc.perform(post("/publication/batches/" + batch.batchId() + "/notice").with(csrf())
                .with(users.as("office")).param("startsOn", later.toString()).param("howToObject", "来信来电"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refusedLater.getFlashMap().get("noticeForm")).isInstanceOfSatisfying(NoticeForm.class,
                form -> assertThat(form.getStartsOn()).isEqualTo(later));
        assertThat(jdbc.queryForObject("select count(*) from public_notice where batch_id = ?", Long.class,
                batch.batchId())).isZero();

        mvc.perform(post("/publication/batches/" + batch.batchId() + "/notice").with(csrf()).with(users.as("office"))
                .param("startsOn", today.toString()).param("howToObject", "来信来电")
                .param("calendarAcknowledged", "true")).andExpect(status().is3xxRedirection());
        PublicNotice notice = notices.ofBatch(batch.batchId()).orElseThrow();
        assertThat(notice.getCalendarUnverifiedYears()).isEqualTo(years);
        assertThat(notice.getEndsOn()).isEqualTo(end);
        // the audit line notes it as a key with its arguments, rendered in the reader's language
        var line = jdbc.queryForMap("select note_key, note_args from audit_record where subject_type = 'NOTICE'"
                + " and subject_id = ? and action = 'START_NOTICE'", notice.getId());
        assertThat(line.get("note_key")).isEqualTo("audit.note.notice.unverified");
        assertThat((String) line.get("note_args")).endsWith("\u001F" + years);
        assertThat(html("/publication/batches/" + batch.batchId())).contains("data-testid=\"calendar-unverified\"");
    }

    @Test
    void aNoticeWithinAMaintainedYearNeedsNoConfirmation() {
        clock.setTo(LocalDate.of(2075, 3, 10).atTime(10, 0).atZone(ZoneOffset.ofHours(8)).toInstant());
        calendar.markComplete(2075, true, data.actor("admin"));
        ReviewScenario.Batch batch = scenario.proposed("320", 1);
        PublicNotice notice = notices.start(batch.batchId(), notices.today(), "来信来电", false, data.actor("office"));
        assertThat(notice.getCalendarUnverifiedYears()).isNull();
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path).with(users.as("office"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
