package cn.gov.talent.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.audit.AuditLabels;
import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.Sector;
import cn.gov.talent.organization.UnitForm;
import cn.gov.talent.organization.UnitKind;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.shared.BusinessTime;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.StatementCount;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestClock;
import cn.gov.talent.support.TestData;
import cn.gov.talent.web.Answers;

/**
 * 年度统计报送 (000 Jiangxi §四(二): 各市人力资源社会保障局和省直各部门每年底将“工程”国家级、省级人选人员变化、考核结果、
 * 重大学术突破、重大奖励等情况报送省人力资源社会保障厅). Each test makes recommending units of its own (a bureau with
 * its employers and its officer) and moves fresh published people into them, so that every figure is known:
 * this year's report was opened by the demo (YearEndDemoData). A unit counts only its subtree, sees only its
 * own report (another unit's: 404), submits by the deadline (after it only once the office reopened it), and a
 * submitted report stays as it was when records change afterwards; the consolidated report reads the frozen
 * snapshots.
 */
@IntegrationTest
class Sec4Item2YearEndReportTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TalentScenario scenario;

    @Autowired
    TestData data;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Organization organization;

    @Autowired
    YearEndReports reports;

    @Autowired
    StatementCount statements;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditLabels auditLabels;

    /** A fresh recommending unit (a bureau under the provincial department), two employers and its officer. */
    record Bureau(UnitNode unit, UnitNode employer, UnitNode secondEmployer, String officer) {
    }

    @Test
    void aUnitsFiguresAreCountedFromTheRecordsOfItsSubtreeOnlyEachSplitIntoNationalAndProvincialPeople()
            throws Exception {
        Bureau a = bureau();
        Bureau b = bureau();
        int year = data.year();
        LocalDate today = data.today();
        List<Talent> provincial = scenario.published(5);
        List<Talent> national = scenario.published(2);
        jdbc.update("update program set tier = 'NATIONAL' where id = (select program_id from talent_record where id = ?)",
                national.get(0).recordId());
        for (Talent talent : provincial) {
            scenario.employedBy(talent.recordId(), a.employer().code());
        }
        scenario.employedBy(national.get(0).recordId(), a.employer().code());
        scenario.employedBy(national.get(1).recordId(), b.employer().code());
        long p0 = provincial.get(0).recordId();
        long p1 = provincial.get(1).recordId();
        long p2 = provincial.get(2).recordId();
        long p3 = provincial.get(3).recordId();
        long p4 = provincial.get(4).recordId();
        long n0 = national.get(0).recordId();
        long n1 = national.get(1).recordId();

        // changes: p4 was selected last year and persuaded out last year (neither counts this year)
        scenario.cycleFrom(p4, today.minusYears(1));
        jdbc.update("update talent_record set status = 'PERSUADED_OUT' where id = ?", p4);
        ended(p1, "COMPLETED", today);
        ended(p2, "REVOKED", today);
        ended(p3, "WITHDRAWN", today);
        // n1 moved from a's employer to b's this year; a move within a, and a refused one, count for nobody
        transfer(n1, a.employer(), b.employer(), "APPROVED", Instant.now(clock));
        transfer(p0, a.employer(), a.secondEmployer(), "APPROVED", Instant.now(clock));
        transfer(p3, a.employer(), b.employer(), "REFUSED", Instant.now(clock));
        // annual grades given this year and standing; one without a grade, one given last year
        report(p0, 1, "FILED", "EXCELLENT", Instant.now(clock));
        report(p1, 1, "CONFIRMED", "PASS", Instant.now(clock));
        report(p2, 1, "SUBMITTED", null, null);
        report(n0, 1, "GRADED", "BASIC_PASS", Instant.now(clock));
        report(p4, 1, "FILED", "FAIL", Instant.now(clock).minusSeconds(400L * 24 * 3600));
        finalAssessment(p1, "PASS", Instant.now(clock));
        // honours: an award and a major patent this year; a paper that is not major; an award of last year
        output(p0, "AWARD", "NATIONAL", "国家科学技术进步奖二等奖", today, false);
        output(p0, "PATENT", "NATIONAL", "一种高效催化剂的制备方法", today, true);
        output(p0, "PAPER", "INTERNATIONAL", "普通论文", today, false);
        output(n0, "AWARD", "PROVINCIAL", "去年的省级奖励", today.minusYears(1), false);

        YearEndFigures figures = reports.unitReport(year, a.unit().id(), data.actor(a.officer())).figures();
        assertLine(figures.line(YearEndFigures.CHANGES, "SELECTED"), 1, 4);
        assertLine(figures.line(YearEndFigures.CHANGES, "COMPLETED"), 0, 1);
        assertLine(figures.line(YearEndFigures.CHANGES, "REVOKED"), 0, 1);
        assertLine(figures.line(YearEndFigures.CHANGES, "WITHDRAWN"), 0, 1);
        assertLine(figures.line(YearEndFigures.CHANGES, "PERSUADED_OUT"), 0, 0);
        assertLine(figures.line(YearEndFigures.CHANGES, "TRANSFERRED_IN"), 0, 0);
        assertLine(figures.line(YearEndFigures.CHANGES, "TRANSFERRED_OUT"), 1, 0);
        assertLine(figures.line(YearEndFigures.GRADES, "EXCELLENT"), 0, 1);
        assertLine(figures.line(YearEndFigures.GRADES, "PASS"), 0, 1);
        assertLine(figures.line(YearEndFigures.GRADES, "BASIC_PASS"), 1, 0);
        assertLine(figures.line(YearEndFigures.GRADES, "FAIL"), 0, 0);
        assertLine(figures.line(YearEndFigures.FINALS, "PASS"), 0, 1);
        assertLine(figures.line(YearEndFigures.HONOURS, "AWARD_NATIONAL"), 0, 1);
        assertLine(figures.line(YearEndFigures.HONOURS, "AWARD_PROVINCIAL"), 0, 0);
        assertLine(figures.line(YearEndFigures.HONOURS, "MAJOR_PATENT"), 0, 1);
        assertLine(figures.line(YearEndFigures.HONOURS, "MAJOR_PAPER"), 0, 0);
        // the names behind the figures
        assertThat(figures.peopleOf(YearEndFigures.CHANGES)).extracting(YearEndFigures.Person::key)
                .containsExactly("SELECTED", "SELECTED", "SELECTED", "SELECTED", "SELECTED", "COMPLETED", "WITHDRAWN",
                        "REVOKED", "TRANSFERRED_OUT");
        assertThat(figures.peopleOf(YearEndFigures.HONOURS)).extracting(YearEndFigures.Person::detail)
                .containsExactly("国家科学技术进步奖二等奖", "一种高效催化剂的制备方法");
        assertThat(figures.peopleOf(YearEndFigures.FINALS)).extracting(YearEndFigures.Person::certificateNo)
                .containsExactly(provincial.get(1).certificateNo());

        // b: its own person, and the one who moved in
        YearEndFigures other = reports.unitReport(year, b.unit().id(), data.actor(b.officer())).figures();
        assertLine(other.line(YearEndFigures.CHANGES, "SELECTED"), 1, 0);
        assertLine(other.line(YearEndFigures.CHANGES, "TRANSFERRED_IN"), 1, 0);
        assertThat(other.sum(YearEndFigures.GRADES, "")).isZero();
        assertThat(other.sum(YearEndFigures.HONOURS, "")).isZero();

        // the page shows the same figures to the unit, the office and the supervisor
        String page = page(a.officer(), year, a.unit().id());
        assertThat(page).contains("一种高效催化剂的制备方法", provincial.get(1).certificateNo());
        for (String reader : List.of("office", "supervisor")) {
            mvc.perform(get(path(year, a.unit().id())).with(users.as(reader))).andExpect(status().isOk());
        }
        // another unit's report, by its address: not found, and no step on it
        for (String stranger : List.of(b.officer(), "recommender", "recommender02")) {
            mvc.perform(get(path(year, a.unit().id())).with(users.as(stranger))).andExpect(status().isNotFound());
            mvc.perform(post(path(year, a.unit().id()) + "/submit").param("remarks", "冒名报送").with(csrf())
                    .with(users.as(stranger))).andExpect(status().isNotFound());
            mvc.perform(post(path(year, a.unit().id()) + "/save").param("remarks", "冒名保存").with(csrf())
                    .with(users.as(stranger))).andExpect(status().isNotFound());
        }
        // a unit that is not a recommending unit has no report
        mvc.perform(get(path(year, a.employer().id())).with(users.as("office"))).andExpect(status().isNotFound());
        // a recommending unit sent to its own report from the year's address
        mvc.perform(get("/yearend/" + year).with(users.as(a.officer())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from year_end_report where unit_id = ?", Long.class,
                a.unit().id())).isZero();
    }

    @Test
    void aSubmittedReportIsFrozenAndTheConsolidatedReportReadsTheSnapshot() throws Exception {
        Bureau unit = bureau();
        int year = data.year();
        List<Talent> people = scenario.published(2);
        people.forEach(talent -> scenario.employedBy(talent.recordId(), unit.employer().code()));
        long id = unit.unit().id();

        // a draft first, then the submission with the remarks: the office is told
        assertThat(success(post(path(year, id) + "/save").param("remarks", "草稿备注"), unit.officer()))
                .contains("备注已保存");
        assertThat(reportStatus(id)).isEqualTo("DRAFT");
        String tooLong = "长".repeat(YearEndReports.REMARKS_MAX + 1);
        assertThat(refusal(post(path(year, id) + "/submit").param("remarks", tooLong), unit.officer()))
                .contains("最多 2000 个字");
        assertThat(reportStatus(id)).isEqualTo("DRAFT");
        assertThat(success(post(path(year, id) + "/submit").param("remarks", "本年度新入选 2 人。"), unit.officer()))
                .contains("已报送");
        assertThat(reportStatus(id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = 'office' and n.message_key = 'notification.yearend.SUBMITTED' and n.link = ?""",
                Long.class, path(year, id))).isEqualTo(1);
        // submitted once: not again
        assertThat(refusal(post(path(year, id) + "/submit").param("remarks", "再报一次"), unit.officer()))
                .contains("已报送");

        // the records change afterwards: one is revoked, another earns a national award
        ended(people.get(0).recordId(), "REVOKED", data.today());
        output(people.get(1).recordId(), "AWARD", "NATIONAL", "报送后获得的奖励", data.today(), true);

        YearEndReports.UnitReport frozen = reports.unitReport(year, id, data.actor("office"));
        assertThat(frozen.frozen()).isTrue();
        assertLine(frozen.figures().line(YearEndFigures.CHANGES, "SELECTED"), 0, 2);
        assertLine(frozen.figures().line(YearEndFigures.CHANGES, "REVOKED"), 0, 0);
        assertThat(frozen.figures().sum(YearEndFigures.HONOURS, "")).isZero();
        assertThat(page("office", year, id)).doesNotContain("报送后获得的奖励");
        YearEndReports.Submitted inConsolidated = reports.consolidated(year).submitted().stream()
                .filter(submitted -> submitted.unitName().equals(unit.unit().name())).findFirst().orElseThrow();
        assertThat(inConsolidated.remarks()).isEqualTo("本年度新入选 2 人。");
        assertLine(inConsolidated.figures().line(YearEndFigures.CHANGES, "REVOKED"), 0, 0);

        // the consolidated workbook: one sheet per section, the unit's frozen lines in it
        byte[] workbook = mvc.perform(get("/yearend/" + year + "/report.xlsx").with(users.as("office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("报送情况", "人员变化", "考核结果", "重大突破和重大奖励", "人员名单", "备注");
            assertThat(cells(book.getSheet("人员变化"), unit.unit().name(), "新入选")).containsExactly("0", "2", "2");
            assertThat(cells(book.getSheet("人员变化"), unit.unit().name(), "取消资格")).containsExactly("0", "0", "0");
            assertThat(rowsOf(book.getSheet("报送情况"), unit.unit().name())).contains("已报送");
            assertThat(rowsOf(book.getSheet("人员名单"), people.get(0).certificateNo())).contains("新入选");
        }
        // the PDF, with the Chinese font
        mvc.perform(get("/yearend/" + year + "/report.pdf").with(users.as("supervisor"))).andExpect(status().isOk());
        // a recommending unit downloads no consolidated report
        mvc.perform(get("/yearend/" + year + "/report.xlsx").with(users.as(unit.officer())))
                .andExpect(status().isForbidden());

        // the office returns it with a reason (required); the unit sees live figures and submits them again
        assertThat(refusal(post(path(year, id) + "/return").param("reason", " "), "office")).contains("请填写退回理由");
        assertThat(success(post(path(year, id) + "/return").param("reason", "请补报取消资格情况"), "office"))
                .contains("已退回");
        assertThat(reportStatus(id)).isEqualTo("RETURNED");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = ? and n.message_key = 'notification.yearend.RETURNED'""", Long.class,
                unit.officer())).isEqualTo(1);
        YearEndReports.UnitReport live = reports.unitReport(year, id, data.actor(unit.officer()));
        assertThat(live.frozen()).isFalse();
        assertLine(live.figures().line(YearEndFigures.CHANGES, "REVOKED"), 0, 1);
        assertThat(page(unit.officer(), year, id)).contains("请补报取消资格情况", "报送后获得的奖励");
        assertThat(success(post(path(year, id) + "/submit").param("remarks", "已补报。"), unit.officer()))
                .contains("已报送");
        YearEndReports.UnitReport again = reports.unitReport(year, id, data.actor("office"));
        assertLine(again.figures().line(YearEndFigures.CHANGES, "REVOKED"), 0, 1);
        assertLine(again.figures().line(YearEndFigures.HONOURS, "AWARD_NATIONAL"), 0, 1);

        // every step audited with its states
        long reportId = jdbc.queryForObject("select id from year_end_report where unit_id = ?", Long.class, id);
        assertThat(jdbc.queryForList("""
                select action || ' ' || coalesce(from_state, '') || ' ' || coalesce(to_state, '') from audit_record
                where subject_type = 'YEAR_END_REPORT' and subject_id = ? order by id""", String.class, reportId))
                .containsExactly("SAVE_YEAR_END NOT_STARTED DRAFT", "SUBMIT_YEAR_END DRAFT SUBMITTED",
                        "RETURN_YEAR_END SUBMITTED RETURNED", "SUBMIT_YEAR_END RETURNED SUBMITTED");
        assertThat(body(get("/audit?subjectType=YEAR_END_REPORT&subjectId=" + reportId), "office"))
                .contains("报送年度统计", "退回年度统计报送", "已退回，待重新报送");
    }

    @Test
    void theProvincesTotalCountsAMoveBetweenTwoReportingUnitsOnceNeitherAsComingInNorAsLeaving() throws Exception {
        Bureau a = bureau();
        Bureau b = bureau();
        Bureau c = bureau();
        int year = data.year();
        List<Talent> people = scenario.published(3);
        people.forEach(talent -> scenario.employedBy(talent.recordId(), a.employer().code()));
        // a unit of the tree under no unit that reports (a provincial department)
        UnitNode outside = organization.unitByCode("JX-TALENT").orElseThrow();
        // from a to b (both submit), from a to c (which does not), from a out of the units that report
        transfer(people.get(0).recordId(), a.employer(), b.employer(), "APPROVED", Instant.now(clock));
        transfer(people.get(1).recordId(), a.employer(), c.secondEmployer(), "APPROVED", Instant.now(clock));
        transfer(people.get(2).recordId(), a.employer(), outside, "APPROVED", Instant.now(clock));
        YearEndFigures before = reports.consolidated(year).total();

        assertThat(success(post(path(year, a.unit().id()) + "/submit").param("remarks", "调出 3 人。"), a.officer()))
                .contains("已报送");
        assertThat(success(post(path(year, b.unit().id()) + "/submit").param("remarks", "调入 1 人。"), b.officer()))
                .contains("已报送");

        // each unit's own figures keep the moves as out and in
        YearEndFigures own = reports.unitReport(year, a.unit().id(), data.actor("office")).figures();
        assertThat(own.line(YearEndFigures.CHANGES, "TRANSFERRED_OUT").total()).isEqualTo(3);
        assertThat(reports.unitReport(year, b.unit().id(), data.actor("office")).figures()
                .line(YearEndFigures.CHANGES, "TRANSFERRED_IN").total()).isEqualTo(1);
        // the province: only the move out of the units that report leaves it; the two others are moves between
        // units, the one both units reported counted once
        YearEndFigures after = reports.consolidated(year).total();
        assertThat(change(before, after, "TRANSFERRED_IN")).isZero();
        assertThat(change(before, after, "TRANSFERRED_OUT")).isEqualTo(1);
        assertThat(change(before, after, YearEndFigures.TRANSFERRED_WITHIN)).isEqualTo(2);

        // the workbook's province total carries the line, named
        byte[] workbook = mvc.perform(get("/yearend/" + year + "/report.xlsx").with(users.as("office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> within = cells(book.getSheet("人员变化"), "全省合计", "报送单位之间调动（不计入调入、调出）");
            assertThat(within).hasSize(3);
            assertThat(Long.parseLong(within.get(2))).isEqualTo(after.line(YearEndFigures.CHANGES,
                    YearEndFigures.TRANSFERRED_WITHIN).total());
        }
    }

    @Test
    void afterTheDeadlineASubmissionIsRefusedUntilTheOfficeReopensTheReportForTheUnit() throws Exception {
        Bureau unit = bureau();
        int year = data.year();
        long id = unit.unit().id();
        LocalDate deadline = reports.round(year).getDeadline();
        clock.setTo(deadline.plusDays(1).atTime(10, 0).atZone(BusinessTime.ZONE).toInstant());

        assertThat(refusal(post(path(year, id) + "/submit").param("remarks", "迟报"), unit.officer()))
                .contains("报送截止日期已过");
        assertThat(refusal(post(path(year, id) + "/save").param("remarks", "迟报草稿"), unit.officer()))
                .contains("报送截止日期已过");
        assertThat(jdbc.queryForObject("select count(*) from year_end_report where unit_id = ?", Long.class, id))
                .isZero();
        // the office sees it overdue, in words
        assertThat(body(get("/yearend/" + year), "office")).contains("逾期未报送", unit.unit().name());
        assertThat(page(unit.officer(), year, id)).contains("逾期未报送");

        // reopened for this unit, until a day not in the past
        assertThat(refusal(post(path(year, id) + "/reopen").param("until", ""), "office")).contains("请选择重新开放的截止日期");
        assertThat(refusal(post(path(year, id) + "/reopen").param("until", "明天"), "office")).contains("日期格式不正确");
        assertThat(refusal(post(path(year, id) + "/reopen").param("until", deadline.toString()), "office"))
                .contains("不能早于今天");
        String until = deadline.plusDays(4).toString();
        assertThat(success(post(path(year, id) + "/reopen").param("until", until), "office")).contains("重新开放");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = ? and n.message_key = 'notification.yearend.reopened'""", Long.class,
                unit.officer())).isEqualTo(1);
        assertThat(success(post(path(year, id) + "/submit").param("remarks", "补报"), unit.officer())).contains("已报送");
        assertThat(reportStatus(id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_record where subject_type = 'YEAR_END_REPORT' and action = 'REOPEN_YEAR_END'
                and subject_id = (select id from year_end_report where unit_id = ?)""", Long.class, id)).isEqualTo(1);

        // the day after the reopening: refused again for another unit not reopened, and this one is done
        clock.setTo(deadline.plusDays(6).atTime(10, 0).atZone(BusinessTime.ZONE).toInstant());
        Bureau late = bureau();
        assertThat(refusal(post(path(year, late.unit().id()) + "/submit"), late.officer())).contains("报送截止日期已过");
    }

    @Test
    void theOfficeOpensEachYearOnceAndRemindsTheUnitsThatHaveNotSubmitted() throws Exception {
        int year = data.year();
        assertThat(refusal(post("/yearend").param("year", String.valueOf(year))
                .param("deadline", data.today().plusDays(10).toString()), "office")).contains("已经开启");
        assertThat(refusal(post("/yearend").param("year", "二〇二五").param("deadline", data.today().toString()),
                "office")).contains("四位数字");
        assertThat(refusal(post("/yearend").param("year", String.valueOf(year + 1))
                .param("deadline", data.today().plusDays(10).toString()), "office")).contains("年度须在");
        int unopened = jdbc.queryForObject("""
                select min(y) from generate_series(2000, ?) y where y not in (select year from year_end_round)""",
                Integer.class, year);
        assertThat(refusal(post("/yearend").param("year", String.valueOf(unopened))
                .param("deadline", data.today().minusDays(1).toString()), "office")).contains("不能早于今天");
        assertThat(refusal(post("/yearend").param("year", String.valueOf(unopened)), "office"))
                .contains("请选择报送截止日期");
        mvc.perform(post("/yearend").param("year", String.valueOf(unopened))
                .param("deadline", data.today().plusDays(20).toString()).with(csrf()).with(users.as("recommender")))
                .andExpect(status().isForbidden());

        Bureau unit = bureau();
        MvcResult opened = mvc.perform(post("/yearend").param("year", String.valueOf(unopened))
                .param("deadline", data.today().plusDays(20).toString()).with(csrf()).with(users.as("office")))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/yearend/" + unopened);
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = ? and n.message_key = 'notification.yearend.opened' and n.link = ?""", Long.class,
                unit.officer(), "/yearend/" + unopened)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_record where subject_type = 'YEAR_END_ROUND' and action = 'OPEN_YEAR_END'
                and subject_label = ?""", Long.class, String.valueOf(unopened))).isEqualTo(1);

        // reminders go to the units that have not submitted, this one among them
        assertThat(success(post("/yearend/" + unopened + "/remind"), "office")).contains("个未报送的单位发送提醒");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = ? and n.message_key = 'notification.yearend.reminder'""", Long.class,
                unit.officer())).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_record where subject_type = 'YEAR_END_ROUND' and action = 'REMIND_YEAR_END'
                and subject_label = ?""", Long.class, String.valueOf(unopened))).isEqualTo(1);
        mvc.perform(post("/yearend/" + unopened + "/remind").with(csrf()).with(users.as("supervisor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/yearend/1999").with(users.as("office"))).andExpect(status().isNotFound());
    }

    @Test
    void remindingRunsAsManyStatementsWhateverTheNumberOfUnitsAndItsNoteJoinsTheUnitsInTheReadersLanguage() {
        int year = jdbc.queryForObject("""
                select min(y) from generate_series(2000, ?) y where y not in (select year from year_end_round)""",
                Integer.class, data.year());
        var office = data.actor("office");
        long roundId = reports.open(year, data.today().plusDays(20), office).getId();
        Bureau first = bureau();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        int reminded = reports.remind(year, office);
        long few = statistics.getPrepareStatementCount();

        Bureau second = bureau();
        bureau();
        bureau();
        statistics.clear();
        assertThat(reports.remind(year, office)).isEqualTo(reminded + 3);
        assertThat(statistics.getPrepareStatementCount()).as("statements with three more units").isEqualTo(few);
        // every officer of a unit waiting is reminded, each time
        for (var reminder : List.of(List.of(first.officer(), 2L), List.of(second.officer(), 1L))) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                    where u.username = ? and n.message_key = 'notification.yearend.reminder' and n.link like ?""",
                    Long.class, reminder.get(0), "/yearend/" + year + "/%")).isEqualTo(reminder.get(1));
        }

        // the note names the units as written, joined as the reader's language joins a list
        List<String> names = reports.overview(year).stream().map(row -> row.unit().name()).toList();
        AuditRecord note = audit.historyOf("YEAR_END_ROUND", roundId).stream()
                .filter(line -> line.getAction().equals("REMIND_YEAR_END"))
                .max(java.util.Comparator.comparing(AuditRecord::getId)).orElseThrow();
        assertThat(auditLabels.note(note, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("提醒了 " + names.size() + " 个单位：" + String.join("、", names));
        assertThat(auditLabels.note(note, Locale.ENGLISH))
                .isEqualTo(names.size() + " units reminded: " + String.join(", ", names));
    }

    @Test
    void theOverviewAndAUnitsPageRunAFixedNumberOfStatementsWhateverTheUnitsAndRecords() throws Exception {
        int year = data.year();
        Bureau unit = bureau();
        scenario.published(1).forEach(talent -> scenario.employedBy(talent.recordId(), unit.employer().code()));
        long overview = statements.of("office", "/yearend/" + year);
        long page = statements.of(unit.officer(), path(year, unit.unit().id()));

        Bureau more = bureau();
        bureau();
        List<Talent> people = scenario.published(3);
        people.forEach(talent -> scenario.employedBy(talent.recordId(), unit.employer().code()));
        people.forEach(talent -> scenario.employedBy(talent.recordId(), more.employer().code()));
        output(people.get(0).recordId(), "AWARD", "CITY", "市级奖励", data.today(), false);
        report(people.get(1).recordId(), 1, "FILED", "PASS", Instant.now(clock));
        assertThat(statements.of("office", "/yearend/" + year)).isEqualTo(overview);
        assertThat(statements.of(unit.officer(), path(year, unit.unit().id()))).isEqualTo(page);
    }

    @Test
    void theReturnReasonIsMarkedRequiredThePeopleAreRowHeadersAndWhatWasTypedComesBackNoLongerThanItsField()
            throws Exception {
        Bureau unit = bureau();
        int year = data.year();
        long id = unit.unit().id();
        Talent person = scenario.published(1).get(0);
        scenario.employedBy(person.recordId(), unit.employer().code());
        String name = jdbc.queryForObject("select person_name from talent_record where id = ?", String.class,
                person.recordId());

        // remarks far longer than the field: refused, and what comes back to the form is cut to the field's size
        MvcResult longRemarks = mvc.perform(post(path(year, id) + "/save")
                        .param("remarks", "长".repeat(YearEndReports.REMARKS_MAX + 500)).with(csrf())
                        .with(users.as(unit.officer())))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) longRemarks.getFlashMap().get(Answers.ERROR)).contains("最多 2000 个字");
        assertThat((String) longRemarks.getFlashMap().get("typedRemarks")).hasSize(YearEndReports.REMARKS_MAX);
        assertThat(success(post(path(year, id) + "/submit").param("remarks", "按期报送。"), unit.officer()))
                .contains("已报送");

        // the office's return form: the reason required, said so in words, its limit the service's
        String page = page("office", year, id);
        String reason = page.substring(page.indexOf("<textarea id=\"return-reason\""));
        reason = reason.substring(0, reason.indexOf('>'));
        assertThat(reason).contains(" required", "aria-required=\"true\"",
                "maxlength=\"" + YearEndReports.REASON_MAX + "\"", "aria-describedby=\"return-reason-hint\"");
        assertThat(page).contains("id=\"return-reason-hint\"", "必填，最多 1000 个字");
        // each person of the tables is the header of their row
        assertThat(page).contains("<th scope=\"row\" class=\"fw-normal\">" + name + "</th>");

        MvcResult longReason = mvc.perform(post(path(year, id) + "/return")
                        .param("reason", "理".repeat(YearEndReports.REASON_MAX + 300)).with(csrf())
                        .with(users.as("office")))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) longReason.getFlashMap().get(Answers.ERROR)).contains("最多 1000 个字");
        assertThat((String) longReason.getFlashMap().get("typedReason")).hasSize(YearEndReports.REASON_MAX);
        assertThat(reportStatus(id)).isEqualTo("SUBMITTED");
        // a short reason comes back as typed
        MvcResult blank = mvc.perform(post(path(year, id) + "/return").param("reason", " ").with(csrf())
                .with(users.as("office"))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(blank.getFlashMap().get("typedReason")).isEqualTo(" ");
    }

    // ---- records ----------------------------------------------------------------------------------

    private Bureau bureau() {
        String suffix = SEQUENCE.incrementAndGet() + "" + System.nanoTime() % 100000;
        var admin = data.actor("admin");
        UnitNode unit = organization.createUnit(form("统计测试市人社局" + suffix, "T-YE-" + suffix, UnitKind.RECOMMENDER,
                data.unitId("JX-HRSS")), admin);
        UnitNode employer = organization.createUnit(form("统计测试大学" + suffix, "T-YE-E-" + suffix, UnitKind.EMPLOYER,
                unit.id()), admin);
        UnitNode second = organization.createUnit(form("统计测试研究院" + suffix, "T-YE-F-" + suffix, UnitKind.EMPLOYER,
                unit.id()), admin);
        String officer = data.newUser("ye", unit.code(), Role.RECOMMENDER).getUsername();
        return new Bureau(unit, employer, second, officer);
    }

    private static UnitForm form(String name, String code, UnitKind kind, Long parentId) {
        var form = new UnitForm();
        form.setName(name);
        form.setCode(code);
        form.setKind(kind);
        form.setSector(Sector.PUBLIC);
        form.setParentId(parentId);
        return form;
    }

    private void ended(long recordId, String status, LocalDate on) {
        jdbc.update("update talent_record set status = ?, status_changed_on = ? where id = ?", status, on, recordId);
    }

    private void transfer(long recordId, UnitNode from, UnitNode to, String status, Instant at) {
        jdbc.update("""
                insert into transfer (talent_record_id, applicant_id, person_name, certificate_no, program_id, category_id,
                    from_unit_id, from_unit_path, from_employer_name, to_unit_id, to_unit_path, to_employer_name,
                    reviewer_unit_id, reviewer_unit_name, status, reason, first_term, first_term_ends, panel_required,
                    refusal_reason, requested_at, status_changed_at)
                select r.id, r.applicant_id, r.person_name, r.certificate_no, r.program_id, r.category_id,
                    ?, ?, ?, ?, ?, ?, ?, '统计测试', ?, '统计测试', false, r.cycle_end, false, ?, ?, ?
                from talent_record r where r.id = ?""", from.id(), from.path(), from.name(), to.id(), to.path(),
                to.name(), to.parentId(), status, status.equals("REFUSED") ? "不同意" : null, Timestamp.from(at),
                Timestamp.from(at), recordId);
    }

    private void report(long recordId, int cycleYear, String status, String grade, Instant gradedAt) {
        jdbc.update("""
                insert into yearly_report (talent_record_id, cycle_year, due_on, status, progress, submitted_at, grade,
                    graded_by, graded_at)
                values (?, ?, ?, ?, '年度工作进展', ?, ?, ?, ?)""", recordId, cycleYear, data.today(), status,
                Timestamp.from(Instant.now(clock)), grade, grade == null ? null : "employer",
                gradedAt == null ? null : Timestamp.from(gradedAt));
    }

    private void finalAssessment(long recordId, String outcome, Instant at) {
        jdbc.update("""
                insert into final_assessment (talent_record_id, innovation, results, service, training, team,
                    employer_measures, outcome, decided_by, decided_at)
                values (?, '创新', '成果', '服务', '培养', '团队', '举措', ?, 'office', ?)""", recordId, outcome,
                Timestamp.from(at));
    }

    private void output(long recordId, String kind, String level, String title, LocalDate on, boolean major) {
        jdbc.update("""
                insert into talent_output (talent_record_id, kind, title, achieved_on, level, author_rank, funded,
                    acknowledged, major, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, 1, false, false, ?, 'employer', ?)""", recordId, kind, title, on, level, major,
                Timestamp.from(Instant.now(clock)));
    }

    // ---- requests ---------------------------------------------------------------------------------

    private String reportStatus(long unitId) {
        return jdbc.queryForObject("select status from year_end_report where unit_id = ?", String.class, unitId);
    }

    private static String path(int year, long unitId) {
        return "/yearend/" + year + "/units/" + unitId;
    }

    private String page(String username, int year, long unitId) throws Exception {
        return body(get(path(year, unitId)), username);
    }

    private String body(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String refusal(MockHttpServletRequestBuilder request, String username) throws Exception {
        MvcResult result = mvc.perform(request.with(csrf()).with(users.as(username)))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (String) result.getFlashMap().get(Answers.ERROR);
    }

    private String success(MockHttpServletRequestBuilder request, String username) throws Exception {
        MvcResult result = mvc.perform(request.with(csrf()).with(users.as(username)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get(Answers.ERROR)).isNull();
        return (String) result.getFlashMap().get(Answers.SUCCESS);
    }

    /** How much a line of the changes grew from one total to the next. */
    private static long change(YearEndFigures before, YearEndFigures after, String key) {
        return after.line(YearEndFigures.CHANGES, key).total() - before.line(YearEndFigures.CHANGES, key).total();
    }

    private static void assertLine(YearEndFigures.Line line, long national, long provincial) {
        assertThat(new long[] {line.national(), line.provincial()}).as(line.key())
                .containsExactly(national, provincial);
    }

    /** The cells after the first two of the row whose first two cells are these. */
    private static List<String> cells(Sheet sheet, String first, String second) {
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            if (row.getRowNum() > 1 && format.formatCellValue(row.getCell(0)).equals(first)
                    && format.formatCellValue(row.getCell(1)).equals(second)) {
                List<String> values = new ArrayList<>();
                for (int i = 2; i < row.getLastCellNum(); i++) {
                    values.add(format.formatCellValue(row.getCell(i)));
                }
                return values;
            }
        }
        return List.of();
    }

    /** Every cell of the rows that contain the text, joined. */
    private static String rowsOf(Sheet sheet, String text) {
        DataFormatter format = new DataFormatter();
        StringBuilder found = new StringBuilder();
        for (Row row : sheet) {
            StringBuilder line = new StringBuilder();
            row.forEach(cell -> line.append(format.formatCellValue(cell)).append(' '));
            if (line.toString().contains(text)) {
                found.append(line).append('\n');
            }
        }
        return found.toString();
    }
}
