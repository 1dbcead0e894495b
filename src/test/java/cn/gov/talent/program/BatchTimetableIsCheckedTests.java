package cn.gov.talent.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import cn.gov.talent.audit.AuditLabels;
import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/**
 * Issue 14: a 2024 batch with a 2026 application window and deadlines already past was saved without a
 * word. The timetable is now checked against the batch's year and today: an impossible order or a
 * reference date far from the year is refused; a date outside the year or already past comes back as a
 * warning the office confirms (我已核对时间安排), and what it confirmed is noted in the audit line.
 * Nothing typed is lost. Each test has a program of its own, so its years are free.
 */
@IntegrationTest
class BatchTimetableIsCheckedTests {

    private static final AtomicInteger PROGRAMS = new AtomicInteger();

    private static final Pattern FINGERPRINT = Pattern.compile("name=\"confirmedWarnings\" value=\"([^\"]+)\"");

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
    AuditLabels labels;

    @Autowired
    JdbcTemplate jdbc;

    private long freshProgram() {
        String code = "BT" + PROGRAMS.incrementAndGet() + System.nanoTime() % 10000;
        return programs.createProgram(code, "时间安排测试工程 " + code, ProgramTier.PROVINCIAL, "测试",
                List.<String[]>of(new String[] {"PRO", "专业技术人才"})).getId();
    }

    /** A batch of the year with its window and the year's end as reference; the map takes other fields. */
    private static Map<String, String> batch(int year, LocalDate opens, LocalDate closes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("year", String.valueOf(year));
        fields.put("title", year + "年度时间安排测试批次");
        fields.put("stage", "DRAFT");
        fields.put("applicationOpens", opens.toString());
        fields.put("applicationCloses", closes.toString());
        fields.put("referenceDate", LocalDate.of(year, 12, 31).toString());
        fields.put("noticeWorkingDays", "5");
        return fields;
    }

    private static Map<String, String> with(Map<String, String> fields, String... more) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        for (int i = 0; i < more.length; i += 2) {
            copy.put(more[i], more[i + 1]);
        }
        return copy;
    }

    private MockHttpServletRequestBuilder post(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(users.as("office")).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder create(long program, Map<String, String> fields) {
        return post("/programs/" + program + "/batches/new", fields);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String fingerprint(String page) {
        Matcher matcher = FINGERPRINT.matcher(page);
        assertThat(matcher.find()).as("the page asks to confirm the warnings").isTrue();
        return matcher.group(1);
    }

    private int batchesOf(long program) {
        return jdbc.queryForObject("select count(*) from batch where program_id = ?", Integer.class, program);
    }

    @Test
    void aBatchOfAnEarlierYearWithAWindowTwoYearsLaterAndPastDeadlinesIsWarnedOfThenSavedWhenConfirmed()
            throws Exception {
        long program = freshProgram();
        LocalDate today = data.today();
        int year = today.getYear() - 3;
        // the case: the window two years after the batch's year, and already past
        LocalDate opens = today.minusDays(40);
        LocalDate closes = today.minusDays(20);

        Map<String, String> fields = with(batch(year, opens, closes), "employerDeadline", closes.plusDays(10).toString());
        String warned = html(create(program, fields));
        assertThat(warned).contains("data-testid=\"error-summary\"").contains("我已核对时间安排")
                .contains("申报开始日期 " + opens + " 已早于今天（" + today + "）")
                .contains("不在批次年度 " + year + " 内")
                .contains("用人单位审核截止日期 " + closes.plusDays(10))
                .contains("value=\"" + year + "年度时间安排测试批次\"").contains("value=\"" + opens + "\"");
        assertThat(batchesOf(program)).isZero();

        // the box alone is not enough: the page must have shown these very warnings
        assertThat(html(create(program, with(fields, "timetableConfirmed", "true")))).contains("我已核对时间安排");
        assertThat(batchesOf(program)).isZero();

        mvc.perform(create(program, with(fields, "timetableConfirmed", "true", "confirmedWarnings", fingerprint(warned))))
                .andExpect(status().is3xxRedirection());
        assertThat(batchesOf(program)).isEqualTo(1);
        long batch = data.batchId(jdbc.queryForObject("select code from program where id = ?", String.class, program),
                year);
        AuditRecord created = audit.historyOf("BATCH", batch).get(0);
        assertThat(created.getAction()).isEqualTo("CREATE_BATCH");
        assertThat(labels.note(created, Locale.SIMPLIFIED_CHINESE))
                .contains("经核对确认").contains("申报开始日期").contains("用人单位审核截止日期")
                .contains("不在 " + year + " 年度内");
    }

    @Test
    void aWarningThatAppearedWithTheConfirmationIsShownAgain() throws Exception {
        long program = freshProgram();
        int year = data.year() + 2;
        LocalDate opens = LocalDate.of(year, 3, 1);
        String warned = html(create(program, batch(year, opens, LocalDate.of(year + 1, 1, 15))));
        assertThat(warned).contains("申报截止日期 " + (year + 1) + "-01-15 不在批次年度 " + year + " 内");

        // confirmed, but the window now opens in the year before: that was never shown
        String again = html(create(program, with(batch(year, LocalDate.of(year - 1, 12, 20),
                LocalDate.of(year + 1, 1, 15)), "timetableConfirmed", "true", "confirmedWarnings", fingerprint(warned))));
        assertThat(again).contains("申报开始日期 " + (year - 1) + "-12-20 不在批次年度 " + year + " 内")
                .doesNotContain("checked=\"checked\"");
        assertThat(batchesOf(program)).isZero();
    }

    @Test
    void anImpossibleOrderIsRefusedEvenWhenConfirmed() throws Exception {
        long program = freshProgram();
        int year = data.year() + 1;
        LocalDate opens = LocalDate.of(year, 3, 1);
        String closesFirst = html(create(program, with(batch(year, opens, opens.minusDays(1)),
                "timetableConfirmed", "true")));
        assertThat(closesFirst).contains("申报截止日期（" + opens.minusDays(1) + "）早于申报开始日期（" + opens + "）")
                .contains("时间安排的日期须按先后顺序");

        Map<String, String> window = batch(year, opens, LocalDate.of(year, 4, 30));
        String deadlines = html(create(program, with(window, "employerDeadline", year + "-04-20",
                "recommenderDeadline", year + "-04-10", "reviewStarts", year + "-06-01", "reviewEnds", year + "-05-01")));
        assertThat(deadlines).contains("用人单位审核截止日期（" + year + "-04-20）早于申报截止日期（" + year + "-04-30）")
                .contains("评审结束日期（" + year + "-05-01）早于评审开始日期（" + year + "-06-01）");

        String recommender = html(create(program, with(window, "employerDeadline", year + "-05-20",
                "recommenderDeadline", year + "-05-10")));
        assertThat(recommender)
                .contains("推荐单位报送截止日期（" + year + "-05-10）早于用人单位审核截止日期（" + year + "-05-20）");

        String reference = html(create(program, with(window, "referenceDate", (year + 3) + "-12-31")));
        assertThat(reference).contains("年龄等计算截止日期 " + (year + 3) + "-12-31 与批次年度 " + year + " 相差一年以上");
        assertThat(batchesOf(program)).isZero();
    }

    @Test
    void anEditWarnsOnlyOfTheDatesItChanges() throws Exception {
        long program = freshProgram();
        LocalDate today = data.today();
        int year = today.getYear();
        var form = new BatchForm();
        form.setYear(year);
        form.setTitle(year + "年度已开始的批次");
        form.setStage(BatchStage.OPEN);
        form.setApplicationOpens(today.minusDays(30));
        form.setApplicationCloses(today.plusDays(30));
        form.setReferenceDate(LocalDate.of(year, 12, 31));
        // test support may confirm the warnings itself; the service still asks for the confirmation
        assertThatThrownBy(() -> programs.createBatch(program, form, data.actor("office")))
                .isInstanceOf(Refusal.class).hasMessage("batch.warnings.unconfirmed");
        form.setTimetableConfirmed(true);
        long batch = programs.createBatch(program, form, data.actor("office")).id();

        Map<String, String> edit = with(batch(year, today.minusDays(30), today.plusDays(30)),
                "title", year + "年度已开始的批次（更正）", "stage", "OPEN");
        mvc.perform(post("/programs/batches/" + batch, edit)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select title from batch where id = ?", String.class, batch))
                .isEqualTo(year + "年度已开始的批次（更正）");

        String warned = html(post("/programs/batches/" + batch,
                with(edit, "applicationCloses", today.minusDays(1).toString())));
        assertThat(warned).contains("申报截止日期 " + today.minusDays(1) + " 已早于今天")
                .doesNotContain("申报开始日期 " + today.minusDays(30));
        assertThat(html(get("/programs/batches/" + batch).with(users.as("office")))).doesNotContain("我已核对时间安排");
    }

    @Test
    void batchesMadeByTheServiceKeepTheirOrderToo() {
        long program = freshProgram();
        int year = data.year() + 1;
        assertThatThrownBy(() -> programs.createBatch(program, year, "顺序颠倒的批次", BatchStage.DRAFT,
                LocalDate.of(year, 5, 1), LocalDate.of(year, 4, 1), LocalDate.of(year, 12, 31)))
                .isInstanceOf(Refusal.class).hasMessage("batch.dates.before");
        assertThatThrownBy(() -> programs.createBatch(program, year, "年龄截止日期离谱的批次", BatchStage.DRAFT,
                LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 1), LocalDate.of(year + 5, 12, 31)))
                .isInstanceOf(Refusal.class).hasMessage("batch.referenceDate.farFromYear");
        assertThat(batchesOf(program)).isZero();
    }
}
