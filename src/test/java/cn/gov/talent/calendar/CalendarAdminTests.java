package cn.gov.talent.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestClock;
import cn.gov.talent.support.TestData;

/**
 * The administrator keeps the working-day calendar: by hand, with every change audited, or from the
 * Excel template (all rows or none). The demo loads the clock's year and the next, whatever the suite's
 * clock says, so changes are made from 2087 on (far from any clock a test run uses) and the checks that
 * need 2026 as the State Council announced it enter it first ({@link #with2026}).
 */
@IntegrationTest
class CalendarAdminTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

    /**
     * The calendar holds 2026 as the State Council announced it (the demo loads it only when the clock's
     * year or the next is 2026); entering the same days again changes nothing else.
     */
    private void with2026() {
        calendar.importAll(CalendarDemoData.announced(2026), data.actor("admin"));
    }

    private static String line(CalendarDay day) {
        return day.day() + " " + day.kind() + " " + day.name();
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder add(String day, String kind, String name) {
        return post("/admin/calendar").with(users.as("admin")).with(csrf()).param("year", "2087").param("day", day)
                .param("kind", kind).param("name", name);
    }

    private List<Map<String, Object>> auditOf(String day) {
        return jdbc.queryForList("select action, actor_username, from_state, to_state, reason from audit_record "
                + "where subject_type = 'CALENDAR' and subject_label = ? order by id", day);
    }

    @Test
    void theDemoHoldsTheStateCouncilsArrangementFor2026AndOnlyTheFixedHolidaysOfOtherYears() throws Exception {
        List<CalendarDay> announced = CalendarDemoData.announced(2026);
        assertThat(announced).filteredOn(day -> day.kind() == DayKind.HOLIDAY).hasSize(33);
        assertThat(announced).filteredOn(day -> day.kind() == DayKind.WORKDAY).extracting(CalendarDay::day)
                .extracting(LocalDate::toString)
                .containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        assertThat(announced).filteredOn(day -> day.kind() == DayKind.WORKDAY).extracting(CalendarDay::weekday)
                .allMatch(weekday -> weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY);

        assertThat(CalendarDemoData.fixedByLaw(2087)).extracting(CalendarAdminTests::line).containsExactly(
                "2087-01-01 HOLIDAY 元旦（法定节假日，调休安排待国务院通知）",
                "2087-05-01 HOLIDAY 劳动节（法定节假日，调休安排待国务院通知）",
                "2087-05-02 HOLIDAY 劳动节（法定节假日，调休安排待国务院通知）",
                "2087-10-01 HOLIDAY 国庆节（法定节假日，调休安排待国务院通知）",
                "2087-10-02 HOLIDAY 国庆节（法定节假日，调休安排待国务院通知）",
                "2087-10-03 HOLIDAY 国庆节（法定节假日，调休安排待国务院通知）");

        // the clock's year and the next: as announced and complete, or the fixed holidays only and incomplete
        int thisYear = LocalDate.now(clock).getYear();
        for (int year = thisYear; year <= thisYear + 1; year++) {
            boolean typedIn = CalendarDemoData.ANNOUNCED.contains(year);
            List<CalendarDay> loaded = typedIn ? CalendarDemoData.announced(year) : CalendarDemoData.fixedByLaw(year);
            assertThat(calendar.year(year)).as("the demo's %d", year).extracting(CalendarAdminTests::line)
                    .containsAll(loaded.stream().map(CalendarAdminTests::line).toList());
            assertThat(jdbc.queryForList("select action from audit_record where subject_type = 'CALENDAR' "
                    + "and subject_label = ? and actor_username = 'demo-loader' order by id", String.class,
                    String.valueOf(year))).as("the demo loader's marks of %d", year)
                    .isEqualTo(typedIn ? List.of("MARK_CALENDAR_YEAR_COMPLETE") : List.of());
        }

        with2026();
        assertThat(calendar.endOfPeriod(LocalDate.of(2026, 9, 28), 5)).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(calendar.endOfPeriod(LocalDate.of(2026, 9, 29), 5)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEqualTo(248);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();

        String page = html(get("/admin/calendar").param("year", "2026").with(users.as("admin")));
        assertThat(page).contains("2026 年工作日历").contains("国庆节调休上班").contains("星期六")
                .contains("全年共 248 个工作日").contains("href=\"/admin/calendar?year=2027\"");
    }

    @Test
    void theAdministratorAddsEditsAndDeletesADayAndEachChangeIsAudited() throws Exception {
        mvc.perform(add("2087-03-08", "WORKDAY", " 测试调休上班 ")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar?year=2087"))
                .andExpect(flash().attribute("successText", "工作日历已保存"));
        assertThat(calendar.day(LocalDate.of(2087, 3, 8))).get().satisfies(day -> {
            assertThat(day.kind()).isEqualTo(DayKind.WORKDAY);
            assertThat(day.name()).isEqualTo("测试调休上班");
            assertThat(day.updatedBy()).isEqualTo("admin");
        });
        assertThat(calendar.isWorkingDay(LocalDate.of(2087, 3, 8))).isTrue();
        assertThat(html(get("/admin/calendar").param("year", "2087").with(users.as("admin"))))
                .contains("data-day=\"2087-03-08\"").contains("测试调休上班");

        assertThat(html(get("/admin/calendar/2087-03-08").with(users.as("admin")))).contains("修改 2087-03-08（星期六）")
                .contains("value=\"测试调休上班\"");
        mvc.perform(post("/admin/calendar/2087-03-08").with(users.as("admin")).with(csrf())
                        .param("day", "2087-12-25").param("kind", "HOLIDAY").param("name", "测试假日"))
                .andExpect(redirectedUrl("/admin/calendar?year=2087"));
        assertThat(calendar.day(LocalDate.of(2087, 3, 8))).get().extracting(CalendarDay::kind, CalendarDay::name)
                .containsExactly(DayKind.HOLIDAY, "测试假日");
        assertThat(calendar.day(LocalDate.of(2087, 12, 25))).as("the address names the day, not the form").isEmpty();

        mvc.perform(post("/admin/calendar/2087-03-08/delete").with(users.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/calendar?year=2087"))
                .andExpect(flash().attribute("successText", "已删除，这一天恢复按星期计算"));
        assertThat(calendar.day(LocalDate.of(2087, 3, 8))).isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.of(2087, 3, 8))).isFalse();
        mvc.perform(post("/admin/calendar/2087-03-08/delete").with(users.as("admin")).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(auditOf("2087-03-08")).extracting(line -> line.get("action") + " " + line.get("actor_username") + " "
                + line.get("from_state") + "→" + line.get("to_state") + " " + line.get("reason")).containsExactly(
                "SET_CALENDAR_DAY admin null→WORKDAY 测试调休上班",
                "SET_CALENDAR_DAY admin WORKDAY→HOLIDAY 测试假日",
                "REMOVE_CALENDAR_DAY admin HOLIDAY→null 测试假日");
    }

    @Test
    void wrongInputStaysOnThePageWithEveryMessageAndNothingTypedIsLost() throws Exception {
        String page = html(add("2087-02-30", "", "节日名称"));
        assertThat(page).contains("data-testid=\"error-summary\"").contains("请按 年-月-日 格式输入日期")
                .contains("请选择类型：节假日或调休上班").contains("value=\"2087-02-30\"").contains("value=\"节日名称\"")
                .contains("2087 年工作日历");

        page = html(add("2087-03-05", "WORKDAY", "周三调休"));
        assertThat(page).contains("2087-03-05 是星期三，本来就是工作日；调休上班只能设在周六或周日")
                .contains("value=\"周三调休\"").contains("<option value=\"WORKDAY\" selected=\"selected\">");
        assertThat(calendar.day(LocalDate.of(2087, 3, 5))).isEmpty();

        page = html(add("", "HOLIDAY", "x".repeat(51)));
        assertThat(page).contains("请填写日期（年-月-日）").contains("名称不超过 50 个字");

        page = html(add("2087-05-01", "HOLIDAY", " "));
        assertThat(page).contains("请填写名称，如“国庆节”");

        page = html(add("1999-05-01", "HOLIDAY", "太早"));
        assertThat(page).contains("日期 1999-05-01 不在 2000 至 2100 年之间");

        mvc.perform(add("2087-10-01", "HOLIDAY", "测试国庆")).andExpect(status().is3xxRedirection());
        page = html(add("2087-10-01", "HOLIDAY", "重复登记"));
        assertThat(page).contains("2087-10-01 已登记为“测试国庆”").contains("value=\"重复登记\"");
        assertThat(calendar.day(LocalDate.of(2087, 10, 1))).get().extracting(CalendarDay::name).isEqualTo("测试国庆");

        page = html(post("/admin/calendar/2087-10-01").with(users.as("admin")).with(csrf()).param("kind", "WORKDAY")
                .param("name", "改成调休"));
        assertThat(page).contains("本来就是工作日").contains("value=\"改成调休\"");
    }

    @Test
    void theCheckFormWorksOutTheLastDayOfANotice() throws Exception {
        with2026();
        String page = html(get("/admin/calendar/check").with(users.as("admin")).param("year", "2026")
                .param("start", "2026-09-28").param("workingDays", "5"));
        assertThat(page).contains("data-testid=\"check-result\"")
                .contains("自 2026-09-28 起 5 个工作日，截止 2026-10-09（星期五），共 12 个自然日。")
                .contains("value=\"2026-09-28\"").contains("2026 年工作日历");

        page = html(get("/admin/calendar/check").with(users.as("admin")).param("year", "2026")
                .param("start", "2026-10-01").param("workingDays", "3"));
        assertThat(page).contains("2026-10-01 不是工作日，从 2026-10-08 起算。").contains("截止 2026-10-10（星期六）");

        page = html(get("/admin/calendar/check").with(users.as("admin")).param("start", "").param("workingDays", "0"));
        assertThat(page).contains("data-testid=\"error-summary\"").contains("请输入开始日期")
                .contains("请输入 1 至 60 之间的工作日数").doesNotContain("data-testid=\"check-result\"");
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        with2026();
        String page = html(get("/admin/calendar/check").with(users.as("admin")).param("lang", "en")
                .param("year", "2026").param("start", "2026-10-01").param("workingDays", "3"));
        assertThat(page).contains("Working-day calendar 2026").contains("Adjusted working day").contains("Saturday")
                .contains("2026-10-01 is not a working day; counting starts on 2026-10-08.")
                .contains("3 working days from 2026-10-01 end on 2026-10-10 (Saturday), 10 calendar days in all.");
        assertThat(html(get("/admin/calendar/import").with(users.as("admin")).param("lang", "en")))
                .contains("Import the working-day calendar");
    }

    @Test
    void onlyTheAdministratorReachesTheCalendar() throws Exception {
        with2026();
        for (String user : new String[] {"office", "applicant", "supervisor"}) {
            mvc.perform(get("/admin/calendar").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/calendar/import").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/calendar/template.xlsx").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/calendar").with(users.as(user)).with(csrf()).param("day", "2087-06-07")
                    .param("kind", "WORKDAY").param("name", "越权")).andExpect(status().isForbidden());
            mvc.perform(post("/admin/calendar/2026-10-10/delete").with(users.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(calendar.day(LocalDate.of(2087, 6, 7))).isEmpty();
        assertThat(calendar.day(LocalDate.of(2026, 10, 10))).isPresent();
        assertThat(html(get("/").with(users.as("admin")))).contains("href=\"/admin/calendar\"");
        assertThat(html(get("/").with(users.as("office")))).doesNotContain("href=\"/admin/calendar\"");
    }

    /** A workbook with the template's Chinese header; a LocalDate becomes a date cell, anything else text. */
    static byte[] workbook(Object[]... rows) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            var sheet = workbook.createSheet("工作日历");
            var head = sheet.createRow(0);
            String[] header = {"日期", "类型（节假日 / 调休上班）", "名称"};
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof LocalDate date) {
                        var cell = row.createCell(c);
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private RequestBuilder upload(byte[] content) {
        return multipart("/admin/calendar/import").file(new MockMultipartFile("file", "日历.xlsx", XLSX, content))
                .with(users.as("admin")).with(csrf());
    }

    @Test
    void aValidFileReplacesTheDaysItNamesAndEachIsAudited() throws Exception {
        calendar.set(LocalDate.of(2088, 1, 2), DayKind.HOLIDAY, "旧名称", data.actor("admin"));
        mvc.perform(upload(workbook(
                        new Object[] {LocalDate.of(2088, 1, 1), "节假日", "元旦"},
                        new Object[] {"2088-01-02", "HOLIDAY", "元旦"},
                        new Object[] {},
                        new Object[] {"2088/1/3", "holiday", "元旦"},
                        new Object[] {"2088年1月10日", "调休上班", "元旦调休上班"})))
                .andExpect(redirectedUrl("/admin/calendar?year=2088"))
                .andExpect(flash().attribute("successText", "已导入 4 天（2088-01-01 至 2088-01-10）"));
        assertThat(calendar.year(2088)).extracting(day -> day.day() + " " + day.kind() + " " + day.name())
                .containsExactly("2088-01-01 HOLIDAY 元旦", "2088-01-02 HOLIDAY 元旦", "2088-01-03 HOLIDAY 元旦",
                        "2088-01-10 WORKDAY 元旦调休上班");
        assertThat(auditOf("2088-01-02")).extracting(line -> line.get("action") + " " + line.get("to_state") + " "
                + line.get("reason")).containsExactly("SET_CALENDAR_DAY HOLIDAY 旧名称", "IMPORT_CALENDAR HOLIDAY 元旦");
        assertThat(calendar.endOfPeriod(LocalDate.of(2087, 12, 31), 3)).isEqualTo(LocalDate.of(2088, 1, 6));
    }

    @Test
    void aFileWithAWrongRowStoresNothingAndNamesEveryRow() throws Exception {
        String page = html(upload(workbook(
                new Object[] {"2089-01-01", "节假日", "元旦"},
                new Object[] {"2089-13-01", "节假日", "元旦"},
                new Object[] {"2089-01-01", "节假日", "元旦"},
                new Object[] {"2089-01-05", "调休上班", "周三调休"},
                new Object[] {"2089-01-08", "休息", ""},
                new Object[] {null, null, "只有名称"})));
        assertThat(page).contains("data-testid=\"error-summary\"").contains("未导入任何日期：文件中有 7 处错误")
                .contains("第 3 行：日期“2089-13-01”不是有效的日期")
                .contains("第 4 行：日期 2089-01-01 与第 2 行重复")
                .contains("第 5 行：2089-01-05 是星期三，本来就是工作日")
                .contains("第 6 行：类型“休息”应为“节假日”或“调休上班”")
                .contains("第 6 行：请填写名称")
                .contains("第 7 行：请填写日期").contains("第 7 行：请选择类型")
                .doesNotContain("第 2 行：");
        assertThat(calendar.year(2089)).isEmpty();
    }

    @Test
    void aFileThatIsNotTheXlsxTemplateIsRefusedWithAClearMessage() throws Exception {
        byte[] xls;
        try (Workbook old = new HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            old.createSheet("工作日历").createRow(0).createCell(0).setCellValue("日期");
            old.write(out);
            xls = out.toByteArray();
        }
        for (byte[] content : List.of(xls, "日期,类型,名称\n2089-01-01,节假日,元旦\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {1, 2, 3})) {
            assertThat(html(upload(content))).contains("无法读取该文件：请上传用导入模板填写的 Excel 工作簿（.xlsx）");
        }
        byte[] otherHeader;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var head = workbook.createSheet().createRow(0);
            head.createCell(0).setCellValue("姓名");
            head.createCell(1).setCellValue("类型");
            workbook.write(out);
            otherHeader = out.toByteArray();
        }
        assertThat(html(upload(otherHeader))).contains("不是导入模板的表头");
        assertThat(html(upload(workbook()))).contains("文件中没有要导入的日期");
        Object[][] tooMany = new Object[CalendarImport.MAX_ROWS + 1][];
        for (int i = 0; i < tooMany.length; i++) {
            tooMany[i] = new Object[] {LocalDate.of(2090, 1, 1).plusDays(i).toString(), "节假日", "太多"};
        }
        assertThat(html(upload(workbook(tooMany)))).contains("一次最多导入 400 行，该文件有 401 行");
        assertThat(html(multipart("/admin/calendar/import").with(users.as("admin")).with(csrf())))
                .contains("请选择要导入的 Excel 文件");
        assertThat(calendar.year(2090)).isEmpty();
    }

    @Test
    void theTemplateDownloadsAndAFilledInCopyImports() throws Exception {
        byte[] template = mvc.perform(get("/admin/calendar/template.xlsx").with(users.as("admin")))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] filled;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template)); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("工作日历");
            var head = sheet.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("日期（年-月-日）");
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("类型（节假日 / 调休上班）");
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getDataValidations()).hasSize(1);
            var row = sheet.createRow(1);
            var date = row.createCell(0);
            date.setCellValue(LocalDate.of(2091, 5, 1));
            date.setCellStyle(sheet.getColumnStyle(0));
            row.createCell(1).setCellValue("节假日");
            row.createCell(2).setCellValue("劳动节");
            workbook.write(out);
            filled = out.toByteArray();
        }
        mvc.perform(upload(filled)).andExpect(redirectedUrl("/admin/calendar?year=2091"));
        assertThat(calendar.day(LocalDate.of(2091, 5, 1))).get().extracting(CalendarDay::name).isEqualTo("劳动节");
    }
}
