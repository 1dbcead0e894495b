package cn.gov.talent.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;

/**
 * 人选信息库 (issue 16, ADR 0030): the profile a record is created with and keeps in step (a transfer moves
 * the unit-dependent columns, an assessment the last grade); every filter of {@code /talents} against records
 * whose profile is known, the whitelisted sort, the office's exact look-up by ID number (never kept in the
 * address), the data scope (a recommending unit sees its subtree and has no look-up by number, a typed or
 * forged one is ignored), and the Excel export of the filtered result read back with POI, the ID numbers
 * masked and the download audited with its row count. Each test's people are of their own fresh program, so
 * every query is narrowed to it.
 */
@IntegrationTest
class TalentDatabaseTests {

    /** A valid ID number (GB 11643 check character) that no scenario person has. */
    static final String NUMBER = withCheck("36010219880808123");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TalentScenario scenario;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdNumberCipher idNumbers;

    @Autowired
    TalentRecords records;

    @Autowired
    YearlyReports reports;

    @Autowired
    FinalAssessments finals;

    // ---- the profile ------------------------------------------------------------------------------

    @Test
    void aRecordIsCreatedWithTheProfileOfItsApplicationDossierAndEmployer() throws Exception {
        Talent talent = scenario.published(1).get(0);
        Map<String, Object> row = jdbc.queryForMap("""
                select t.*, a.applicant_id_number_cipher as sealed, a.applicant_id_number_hash as hash,
                       (select group_name from discipline where code = '320') as expected_group
                from talent_record t join application a on a.id = t.application_id where t.id = ?""",
                talent.recordId());
        String sealed = (String) row.get("sealed");
        assertThat(row.get("gender")).isEqualTo(idNumbers.isMale(sealed).orElseThrow() ? "M" : "F");
        assertThat(((Date) row.get("birth_date")).toLocalDate()).isEqualTo(idNumbers.birthDate(sealed).orElseThrow());
        assertThat(row.get("id_hash")).isNotNull().isEqualTo(row.get("hash"));
        assertThat(row.get("discipline_code")).isEqualTo("320");
        assertThat(row.get("discipline_group")).isNotNull().isEqualTo(row.get("expected_group"));
        // the scenario's dossier names no title: the dossier's level as filed
        assertThat(row.get("title_level")).isEqualTo("NONE");
        assertThat(row.get("recommender_unit_id")).isEqualTo(data.unitId("NC-HRSS"));
        assertThat(row.get("recommender_name")).isEqualTo("南昌市人社局");
        assertThat(row.get("province_code")).isEqualTo("36");
        assertThat(row.get("region")).isEqualTo("CENTRAL");
        assertThat(row.get("last_grade")).isNull();
        assertThat(row.get("last_grade_year")).isNull();
    }

    @Test
    void aTransferMovesTheRecommendingUnitProvinceAndRegionWithTheEmployer() throws Exception {
        Talent talent = scenario.published(1).get(0);
        records.transfer(talent.recordId(), data.unitId("SCU"), data.actor("office"));
        Map<String, Object> row = jdbc.queryForMap("select * from talent_record where id = ?", talent.recordId());
        assertThat(row.get("employer_name")).isEqualTo("四川大学");
        assertThat(row.get("recommender_unit_id")).isEqualTo(data.unitId("SC-HRSS"));
        assertThat(row.get("recommender_name")).isEqualTo("四川省人力资源和社会保障厅");
        assertThat(row.get("province_code")).isEqualTo("51");
        assertThat(row.get("region")).isEqualTo("WEST");
    }

    /**
     * The last grade: the employer's grade of a yearly report, of the year its cycle year ends; then the final
     * assessment's outcome, of the year the cycle ends, which a later grade of a yearly report does not replace.
     */
    @Test
    void anAssessmentKeepsTheLastGradeOnTheRecord() throws Exception {
        List<Talent> talents = scenario.published(2);
        Actor employer = data.actor("employer");

        Talent graded = talents.get(0);
        scenario.reportWindowOpen(graded.recordId());
        long report = reports.submit(graded.recordId(), 1, "完成第一年度目标。", data.actor(graded.owner())).getId();
        reports.grade(report, Grade.EXCELLENT, "优秀。", employer);
        LocalDate start = jdbc.queryForObject("select cycle_start from talent_record where id = ?", LocalDate.class,
                graded.recordId());
        assertThat(lastGrade(graded.recordId())).containsExactly("EXCELLENT", start.plusYears(1).getYear());

        Talent assessed = talents.get(1);
        scenario.reportWindowOpen(assessed.recordId());
        long pending = reports.submit(assessed.recordId(), 1, "完成第一年度目标。", data.actor(assessed.owner())).getId();
        scenario.cycleEnding(assessed.recordId());
        finals.assess(assessed.recordId(), finalAssessment(FinalAssessment.Outcome.PASS), data.actor("office"));
        LocalDate end = jdbc.queryForObject("select cycle_end from talent_record where id = ?", LocalDate.class,
                assessed.recordId());
        assertThat(lastGrade(assessed.recordId())).containsExactly("PASS", end.getYear());
        reports.grade(pending, Grade.BASIC_PASS, "基本合格。", employer);
        assertThat(lastGrade(assessed.recordId())).as("the final assessment stays the last word")
                .containsExactly("PASS", end.getYear());
    }

    // ---- the search -------------------------------------------------------------------------------

    /** Four people with known profiles; each filter, alone, finds exactly those it should. */
    @Test
    void eachFilterFindsExactlyThePeopleItShould() throws Exception {
        List<Talent> talents = scenario.published(4);
        long r0 = talents.get(0).recordId();
        long r1 = talents.get(1).recordId();
        long r2 = talents.get(2).recordId();
        long r3 = talents.get(3).recordId();
        LocalDate today = data.today();
        // r0: a man who turns 36 tomorrow; r1: a woman of 47; r2: no birth date; r3: a woman of 66, moved to 四川大学
        profile(r0, "M", today.minusYears(36).plusDays(1), "110", "SENIOR", "EXCELLENT");
        profile(r1, "F", today.minusYears(47), "320", "DEPUTY_SENIOR", "PASS");
        profile(r2, "M", null, "320", "NONE", null);
        scenario.employedBy(r3, "SCU");
        profile(r3, "F", today.minusYears(66), "110", "SENIOR", "FAIL");
        jdbc.update("update talent_record set status = 'COMPLETED' where id = ?", r2);
        String program = "programId=" + programOf(r0);
        String group320 = jdbc.queryForObject("select group_name from discipline where code = '320'", String.class);
        long category = jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class, r0);

        assertThat(ids("office", program)).containsExactlyInAnyOrder(r0, r1, r2, r3);
        assertThat(ids("office", program + "&gender=F")).containsExactlyInAnyOrder(r1, r3);
        assertThat(ids("office", program + "&gender=M")).containsExactlyInAnyOrder(r0, r2);
        assertThat(ids("office", program + "&ageBand=UNDER_36")).containsExactly(r0);
        assertThat(ids("office", program + "&ageBand=UNDER_36&ageOn=" + today.plusDays(1))).isEmpty();
        assertThat(ids("office", program + "&ageBand=FROM_36_TO_45&ageOn=" + today.plusDays(1))).containsExactly(r0);
        assertThat(ids("office", program + "&ageBand=FROM_46_TO_55")).containsExactly(r1);
        assertThat(ids("office", program + "&ageBand=OVER_55")).containsExactly(r3);
        assertThat(ids("office", program + "&ageBand=UNKNOWN")).containsExactly(r2);
        assertThat(ids("office", program + "&discipline=110")).containsExactlyInAnyOrder(r0, r3);
        assertThat(ids("office", program + "&disciplineGroup=" + group320)).containsExactlyInAnyOrder(r1, r2);
        assertThat(ids("office", program + "&title=SENIOR")).containsExactlyInAnyOrder(r0, r3);
        assertThat(ids("office", program + "&title=NONE")).containsExactly(r2);
        assertThat(ids("office", program + "&lastGrade=FAIL")).containsExactly(r3);
        assertThat(ids("office", program + "&status=COMPLETED")).containsExactly(r2);
        assertThat(ids("office", program + "&employer=四川")).containsExactly(r3);
        assertThat(ids("office", program + "&employer=南昌")).containsExactlyInAnyOrder(r0, r1, r2);
        assertThat(ids("office", program + "&recommenderId=" + data.unitId("SC-HRSS"))).containsExactly(r3);
        assertThat(ids("office", program + "&recommenderId=" + data.unitId("NC-HRSS")))
                .containsExactlyInAnyOrder(r0, r1, r2);
        assertThat(ids("office", program + "&province=51")).containsExactly(r3);
        assertThat(ids("office", program + "&region=WEST")).containsExactly(r3);
        assertThat(ids("office", program + "&region=CENTRAL")).containsExactlyInAnyOrder(r0, r1, r2);
        assertThat(ids("office", program + "&categoryId=" + category)).hasSize(4);
        assertThat(ids("office", "categoryId=" + category)).hasSize(4);
        assertThat(ids("office", program + "&year=" + data.year())).hasSize(4);
        assertThat(ids("office", program + "&year=" + (data.year() - 1))).isEmpty();
        // the start of a name (the scenario's people share one: r1 is given its own), or of a certificate number
        jdbc.update("update talent_record set person_name = '欧阳信库' where id = ?", r1);
        assertThat(ids("office", program + "&q=欧阳信")).containsExactly(r1);
        String certificate = jdbc.queryForObject("select certificate_no from talent_record where id = ?", String.class,
                r2);
        assertThat(ids("office", program + "&q=" + certificate)).containsExactly(r2);
        // filters together
        assertThat(ids("office", program + "&gender=F&region=CENTRAL&ageBand=FROM_46_TO_55&lastGrade=PASS"))
                .containsExactly(r1);
        // the recommending unit's choice lists only the units its people are under
        @SuppressWarnings("unchecked")
        List<TalentRecords.UnitChoice> choices = (List<TalentRecords.UnitChoice>) model("recommender", program)
                .get("recommenders");
        assertThat(choices).extracting(TalentRecords.UnitChoice::id).containsExactly(data.unitId("NC-HRSS"));
    }

    /** Sorted by a whitelisted column in either direction, the headers saying so; anything else is refused. */
    @Test
    void theListSortsByAWhitelistedColumnOnly() throws Exception {
        List<Talent> talents = scenario.published(4);
        long r0 = talents.get(0).recordId();
        long r1 = talents.get(1).recordId();
        long r2 = talents.get(2).recordId();
        long r3 = talents.get(3).recordId();
        LocalDate today = data.today();
        profile(r0, "M", today.minusYears(30), "110", "SENIOR", null);
        profile(r1, "F", today.minusYears(50), "110", "SENIOR", null);
        profile(r2, "M", null, "110", "SENIOR", null);
        profile(r3, "F", today.minusYears(40), "110", "SENIOR", null);
        String program = "programId=" + programOf(r0);

        // the list's own order: newest year first, then by certificate number
        assertThat(ids("office", program)).containsExactly(r0, r1, r2, r3);
        assertThat(ids("office", program + "&order=CERTIFICATE&dir=desc")).containsExactly(r3, r2, r1, r0);
        // oldest first by birth date ascending; the unknown last (and first when descending)
        assertThat(ids("office", program + "&order=BIRTH_DATE")).containsExactly(r1, r3, r0, r2);
        assertThat(ids("office", program + "&order=BIRTH_DATE&dir=desc")).containsExactly(r2, r0, r3, r1);

        String html = mvc.perform(get("/talents?" + program + "&order=BIRTH_DATE&dir=desc").with(users.as("office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("aria-sort=\"descending\"")
                .contains("order=BIRTH_DATE&amp;dir=asc")
                .contains("order=NAME&amp;dir=asc");
        assertThat(html.split("aria-sort=\"none\"", -1)).hasSize(TalentOrder.values().length);

        // a column outside the list, or a client's sort=, never reaches the query
        mvc.perform(get("/talents?" + program + "&order=password_hash").with(users.as("office")))
                .andExpect(status().is4xxClientError());
        assertThat(ids("office", program + "&sort=personName,desc")).containsExactly(r0, r1, r2, r3);
    }

    /**
     * The office finds a person by the whole ID number, exactly: the number is turned into its keyed hash at
     * once, so it is never in the address the list is served at, nor in the page; a malformed number is refused
     * with a message.
     */
    @Test
    void theOfficeFindsAPersonByIdNumberExactlyAndTheNumberIsNeverKept() throws Exception {
        List<Talent> talents = scenario.published(2);
        long r0 = talents.get(0).recordId();
        jdbc.update("update talent_record set id_hash = ? where id = ?", idNumbers.hash(NUMBER), r0);
        String program = "programId=" + programOf(r0);

        MvcResult typed = mvc.perform(get("/talents?" + program + "&idNumber= " + NUMBER.toLowerCase() + " ")
                .with(users.as("office"))).andExpect(status().is3xxRedirection()).andReturn();
        String address = typed.getResponse().getRedirectedUrl();
        assertThat(address).doesNotContain(NUMBER).doesNotContain(NUMBER.substring(6, 14)).contains(program)
                .contains("idHash=")
                // the hash is base64: a bare plus sign would reach the server as a space
                .doesNotContain("+");
        MvcResult found = follow(address, "office");
        assertThat(idsOf(found)).containsExactly(r0);
        String html = found.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain(NUMBER).contains("data-testid=\"id-number-search\"");
        // the supervisor too
        assertThat(idsOf(follow(address, "supervisor"))).containsExactly(r0);

        String wrongCheck = NUMBER.substring(0, 17) + (NUMBER.charAt(17) == '0' ? '1' : '0');
        MvcResult malformed = mvc.perform(get("/talents?" + program + "&idNumber=" + wrongCheck)
                .with(users.as("office"))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(malformed.getResponse().getRedirectedUrl()).isEqualTo("/talents?" + program);
        assertThat(malformed.getFlashMap().get("errorText")).asString().contains("身份证号码格式不正确");
    }

    /**
     * A recommending unit sees its subtree only, and has no look-up by ID number: no field, a typed number is
     * dropped from the address, and a hash put into the address by hand is ignored. An employer sees its own.
     */
    @Test
    void aRecommendingUnitSeesItsSubtreeAndCannotSearchByIdNumber() throws Exception {
        List<Talent> talents = scenario.published(2);
        long r0 = talents.get(0).recordId();
        long r1 = talents.get(1).recordId();
        scenario.employedBy(r1, "JJU");
        jdbc.update("update talent_record set id_hash = ? where id = ?", idNumbers.hash(NUMBER), r1);
        String program = "programId=" + programOf(r0);

        assertThat(ids("office", program)).containsExactlyInAnyOrder(r0, r1);
        assertThat(ids("recommender", program)).containsExactly(r0);
        assertThat(ids("recommender02", program)).containsExactly(r1);
        assertThat(ids("employer", program)).containsExactly(r0);
        assertThat(ids("employer02", program)).isEmpty();

        MvcResult typed = mvc.perform(get("/talents?" + program + "&idNumber=" + NUMBER)
                .with(users.as("recommender02"))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(typed.getResponse().getRedirectedUrl()).isEqualTo("/talents?" + program);
        // a hash of another number, put into the address by hand: ignored, the unit's list stays whole
        String other = idNumbers.hash(withCheck("36010219770101456"));
        assertThat(idsOf(mvc.perform(get("/talents?" + program).param("idHash", other)
                .with(users.as("recommender02"))).andExpect(status().isOk()).andReturn())).containsExactly(r1);
        assertThat(idsOf(mvc.perform(get("/talents?" + program).param("idHash", other).with(users.as("office")))
                .andExpect(status().isOk()).andReturn())).isEmpty();
        assertThat(idsOf(mvc.perform(get("/talents?" + program).param("idHash", idNumbers.hash(NUMBER))
                .with(users.as("office"))).andExpect(status().isOk()).andReturn())).containsExactly(r1);

        String html = mvc.perform(get("/talents?" + program).with(users.as("recommender02")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("id=\"idNumber\"").contains("id=\"recommenderId\"");
        assertThat(mvc.perform(get("/talents").with(users.as("office"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"idNumber\"");
        // an employer has neither the number nor the unit filters; a person the plain list of their own
        Map<String, Object> employer = model("employer", program);
        assertThat(employer).containsEntry("database", true).containsEntry("idSearch", false)
                .containsEntry("unitFilters", false);
        assertThat(model(talents.get(0).owner(), "")).containsEntry("database", false);
    }

    // ---- the export -------------------------------------------------------------------------------

    /**
     * The export holds the filtered rows in the page's order, every ID number masked, and its DOWNLOAD audit
     * line says how many rows; a recommending unit's holds its subtree only; a person has none.
     */
    @Test
    void theExportHoldsTheFilteredRowsWithMaskedIdNumbers() throws Exception {
        List<Talent> talents = scenario.published(3);
        long r0 = talents.get(0).recordId();
        long r1 = talents.get(1).recordId();
        long r2 = talents.get(2).recordId();
        LocalDate today = data.today();
        profile(r0, "M", today.minusYears(40), "110", "SENIOR", null);
        profile(r1, "F", today.minusYears(41), "110", "SENIOR", "PASS");
        profile(r2, "F", today.minusYears(42), "110", "SENIOR", null);
        scenario.employedBy(r2, "JJU");
        String program = "programId=" + programOf(r0);
        List<String> names = jdbc.queryForList("select person_name from talent_record where id in (?, ?) order by"
                + " certificate_no", String.class, r1, r2);

        byte[] file = mvc.perform(get("/talents/export.xlsx?" + program + "&gender=F").with(users.as("office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = rows(file);
        assertThat(rows.get(1)).contains("姓名", "身份证号码（隐去）", "性别", "年龄段", "推荐单位", "最近考核等次");
        List<List<String>> people = rows.subList(2, rows.size());
        assertThat(people).extracting(row -> row.get(0)).containsExactlyElementsOf(names);
        assertThat(people).allSatisfy(row -> {
            assertThat(row.get(1)).matches("\\d{4}\\*{10}[0-9X]{4}");
            assertThat(row.get(2)).isEqualTo("女");
        });
        assertThat(people.get(0)).contains("合格", "南昌市人社局", "江西省", "中部");
        assertThat(people.get(1)).contains("九江市人社局");
        for (List<String> row : rows) {
            assertThat(row).noneMatch(cell -> cell.matches(".*\\d{17}[0-9X].*"));
        }
        Map<String, Object> line = jdbc.queryForMap("select note_key, note_args from audit_record where action ="
                + " 'DOWNLOAD' and actor_username = 'office' order by id desc limit 1");
        assertThat(line.get("note_key")).isEqualTo("audit.note.download.rows");
        // the note's arguments are separated by U+001F (V25): what, the address with its filters, the rows
        assertThat(List.of(((String) line.get("note_args")).split("\u001f", -1))).last().isEqualTo("2");

        // the recommending unit's export holds its subtree
        List<List<String>> theirs = rows(mvc.perform(get("/talents/export.xlsx?" + program)
                .with(users.as("recommender"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(theirs.subList(2, theirs.size())).hasSize(2).allSatisfy(row -> assertThat(row)
                .contains("南昌市人社局").doesNotContain("九江市人社局"));
        // a typed number goes into the address as its hash before anything is written or audited
        long downloads = jdbc.queryForObject("select count(*) from audit_record where action = 'DOWNLOAD'",
                Long.class);
        String typed = mvc.perform(get("/talents/export.xlsx?" + program + "&idNumber=" + NUMBER)
                .with(users.as("office"))).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(typed).startsWith("/talents/export.xlsx?").contains("idHash=").doesNotContain(NUMBER);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'DOWNLOAD'", Long.class))
                .isEqualTo(downloads);
        // a person prints their own 考绩档案, not the database
        mvc.perform(get("/talents/export.xlsx").with(users.as(talents.get(0).owner())))
                .andExpect(status().isForbidden());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** Puts a known profile on a record (gender, birth date, discipline with its group, title, last grade). */
    private void profile(long recordId, String gender, LocalDate birthDate, String discipline, String title,
            String lastGrade) {
        jdbc.update("""
                update talent_record set gender = ?, birth_date = ?, discipline_code = ?,
                    discipline_group = (select group_name from discipline where code = ?), title_level = ?,
                    last_grade = ?, last_grade_year = ?
                where id = ?""", gender, birthDate == null ? null : Date.valueOf(birthDate), discipline, discipline,
                title, lastGrade, lastGrade == null ? null : data.year() - 1, recordId);
    }

    private long programOf(long recordId) {
        return jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class, recordId);
    }

    private List<Object> lastGrade(long recordId) {
        Map<String, Object> row = jdbc.queryForMap("select last_grade, last_grade_year from talent_record where id = ?",
                recordId);
        return java.util.Arrays.asList(row.get("last_grade"), row.get("last_grade_year"));
    }

    /** The record ids on the first page (of 100) of {@code /talents} with this query, as the account sees it. */
    private List<Long> ids(String username, String query) throws Exception {
        return idsOf(mvc.perform(get("/talents?" + query + "&size=100").with(users.as(username)))
                .andExpect(status().isOk()).andReturn());
    }

    /**
     * The page at an address the application redirected to (its query encoded), its parameters sent decoded,
     * as a browser would.
     */
    private MvcResult follow(String address, String username) throws Exception {
        var components = UriComponentsBuilder.fromUriString(address).build(true);
        var request = get(components.getPath());
        components.getQueryParams().forEach((name, values) -> values
                .forEach(value -> request.param(name, UriUtils.decode(value, StandardCharsets.UTF_8))));
        return mvc.perform(request.with(users.as(username))).andExpect(status().isOk()).andReturn();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> idsOf(MvcResult result) {
        Page<TalentRecord> page = (Page<TalentRecord>) result.getModelAndView().getModel().get("page");
        return page.getContent().stream().map(TalentRecord::getId).toList();
    }

    private Map<String, Object> model(String username, String query) throws Exception {
        return mvc.perform(get("/talents?" + query).with(users.as(username))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel();
    }

    /** Every row of the first sheet as text, the title and the header included. */
    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(switch (cell.getCellType()) {
                    case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                    default -> cell.getStringCellValue();
                }));
                rows.add(cells);
            }
        }
        return rows;
    }

    private static FinalAssessmentForm finalAssessment(FinalAssessment.Outcome outcome) {
        var form = new FinalAssessmentForm();
        form.setInnovation("主持省重点研发计划项目。");
        form.setResults("发表论文6篇。");
        form.setService("技术在省内推广应用。");
        form.setTraining("培养研究生6名。");
        form.setTeam("组建10人团队。");
        form.setEmployerMeasures("单位配套经费30万元。");
        form.setOutcome(outcome);
        return form;
    }

    private static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }
}
