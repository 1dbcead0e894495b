package cn.gov.talent.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/**
 * 004 §二(三)2: 从事自由职业或非公有制单位中符合条件的人选，向所属地人力资源社会保障部门申报 (ADR 0027). A freelancer,
 * or someone whose non-public employer is not in the tree, registers at the desk (受理窗口) of their city's
 * bureau and types where they work; their application names it with the bureau, 自由职业（南昌市人社局受理）,
 * and goes up the usual way: the desk's staff check it as an employer does, the bureau sees it once endorsed,
 * and no other unit's employer or bureau reaches it. The demo has a desk under 南昌市人社局
 * ({@code employer-nc-desk}) and a freelancer at it ({@code applicant32}).
 */
@IntegrationTest
class Sec2Item3_2FreelancersApplyThroughTheLocalBureauTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    Organization organization;

    @Autowired
    Applications applications;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    /** A valid ID number no other test uses (青山湖区, born 1988, this class's own sequence). */
    private static String idNumber() {
        String first17 = "3601111988%02d%02d%03d".formatted(1 + SEQUENCE.get() % 12, 1 + SEQUENCE.get() % 28,
                SEQUENCE.incrementAndGet());
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String username(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + System.nanoTime() % 100000;
    }

    /**
     * A registration at a desk: independent ticked, the unit with this code as the desk (null: none chosen), the
     * workplace as typed (null leaves it out).
     */
    private MockHttpServletRequestBuilder atTheDesk(String username, String deskCode, String workplace) {
        var request = post("/register").with(csrf()).param("fullName", "章自由").param("idNumber", idNumber())
                .param("phone", "13912345678").param("email", "freelance@example.cn")
                .param("independent", "true").param("_independent", "on")
                .param("username", username).param("password", "Secret2026").param("confirmPassword", "Secret2026");
        if (deskCode != null) {
            request.param("deskId", String.valueOf(data.unitId(deskCode)));
        }
        return workplace == null ? request : request.param("workplace", workplace);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Registers a freelancer at 南昌市人社局's desk through the page and returns the user name. */
    private String freelancerAtNanchang(String workplace) throws Exception {
        String username = username("free");
        mvc.perform(atTheDesk(username, "NC-DESK", workplace)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/login"));
        return username;
    }

    /** The applicant starts a 双高 application on the page (the employer's name is the account's) and submits. */
    private long submittedApplication(String username) throws Exception {
        String location = mvc.perform(post("/applications/new").with(users.as(username)).with(csrf())
                        .param("batchId", String.valueOf(data.batchId("SG")))
                        .param("categoryId", String.valueOf(data.categoryId("SG", "SKILL"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+)/dossier", "$1"));
        applications.fire(id, WorkflowEvent.SUBMIT, data.actor(username), null, TransitionFacts.ALL_MET);
        return id;
    }

    @Test
    void aFreelancerRegistersAtTheDeskOfTheirCityWithWhereTheyWork() throws Exception {
        String username = freelancerAtNanchang(" 自由职业 ");

        UserAccount account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.getUnit().getId()).isEqualTo(data.unitId("NC-DESK"));
        assertThat(account.getWorkplace()).isEqualTo("自由职业");
        assertThat(organization.recommendingUnitOf(account.getUnit().getId())).map(UnitNode::name)
                .contains("南昌市人社局");
        assertThat(audit.historyOf("USER", account.getId())).extracting(AuditRecord::getAction).contains("REGISTER");
        assertThat(jdbc.queryForObject("select note_args from audit_record where subject_type = 'USER' and subject_id = ?"
                + " and action = 'REGISTER'", String.class, account.getId())).contains("自由职业");
    }

    @Test
    void theRegistrationPageOffersEachBureauWithADeskAndKeepsTheDesksOutOfTheEmployers() throws Exception {
        String html = page(get("/register"));
        assertThat(html).contains("我在非公有制单位工作或从事自由职业").contains("所在单位名称")
                .contains("<option value=\"" + data.unitId("NC-DESK") + "\">南昌市人社局</option>")
                .contains("<option value=\"" + data.unitId("GZ-DESK") + "\">赣州市人社局</option>")
                .doesNotContain("人才申报受理窗口</option>");
        assertThat(organization.employersByRecommender().values()).allSatisfy(group -> assertThat(group)
                .noneMatch(UnitNode::independentDesk));
        assertThat(organization.desksByBureau().keySet()).extracting(UnitNode::name)
                .contains("南昌市人社局", "九江市人社局", "赣州市人社局");
        String english = mvc.perform(get("/register").cookie(new Cookie("TALENT_LANG", "en"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("I work for a private company or organisation that is not listed")
                .contains("Where you work");
    }

    @Test
    void withoutWhereTheyWorkTheRegistrationIsRefusedOnTheSamePageWithEverythingKept() throws Exception {
        String username = username("nowork");
        String html = page(atTheDesk(username, "NC-DESK", "  "));
        assertThat(html).contains("error-summary").contains("请填写所在单位名称；从事自由职业的，填写“自由职业”")
                .contains("href=\"#workplace\"").contains("value=\"章自由\"").contains("value=\"" + username + "\"")
                .containsPattern(selected(data.unitId("NC-DESK"), "南昌市人社局"))
                .containsPattern("id=\"independent1\"[^>]*checked=\"checked\"|checked=\"checked\"[^>]*id=\"independent1\"");
        assertThat(accounts.findByUsername(username)).isEmpty();

        // no desk chosen: said on the desk's field
        String noDesk = page(atTheDesk(username, null, "南昌某某文化传媒有限公司"));
        assertThat(noDesk).contains("请选择所在地人力资源社会保障部门").contains("value=\"南昌某某文化传媒有限公司\"");
        // an ordinary employer is not a desk: refused by the service on the same field
        String notADesk = page(atTheDesk(username, "NCU", "自由职业"));
        assertThat(notADesk).contains("请选择所在地人力资源社会保障部门");
        assertThat(accounts.findByUsername(username)).isEmpty();

        String english = mvc.perform(atTheDesk(username, "NC-DESK", null).cookie(new Cookie("TALENT_LANG", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Type where you work, or 自由职业 if you are a freelancer");
    }

    @Test
    void someoneWhoChoosesTheirEmployerHasNoWorkplaceStoredAndNoDeskAsked() throws Exception {
        String username = username("staff");
        mvc.perform(post("/register").with(csrf()).param("fullName", "章在编").param("idNumber", idNumber())
                        .param("phone", "13912345678").param("email", "staff@example.cn")
                        .param("employerId", String.valueOf(data.unitId("NCU"))).param("_independent", "on")
                        .param("workplace", "南昌大学第二附属医院").param("username", username)
                        .param("password", "Secret2026").param("confirmPassword", "Secret2026"))
                .andExpect(status().is3xxRedirection());
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.getUnit().getId()).isEqualTo(data.unitId("NCU"));
        assertThat(account.getWorkplace()).isNull();
        assertThat(accounts.employerNameOf(account.getId())).isEqualTo("南昌大学");
    }

    /**
     * The application names the workplace with the bureau; the desk's staff see and endorse it; another
     * employer, even under the same bureau, cannot reach it by its address; the bureau sees it once endorsed,
     * another bureau never.
     */
    @Test
    void theApplicationGoesUpThroughTheDeskToTheBureauAndNowhereElse() throws Exception {
        String username = freelancerAtNanchang("自由职业");
        long id = submittedApplication(username);
        assertThat(jdbc.queryForObject("select employer_name from application where id = ?", String.class, id))
                .isEqualTo("自由职业（南昌市人社局受理）");
        assertThat(jdbc.queryForObject("select employer_unit_id from application where id = ?", Long.class, id))
                .isEqualTo(data.unitId("NC-DESK"));
        String serial = jdbc.queryForObject("select serial_no from application where id = ?", String.class, id);

        // the desk's staff: in their queue and on the page, with the decision form
        assertThat(page(get("/applications?status=SUBMITTED&q=" + serial).with(users.as("employer-nc-desk"))))
                .contains(serial).contains("自由职业（南昌市人社局受理）");
        assertThat(page(get("/applications/" + id).with(users.as("employer-nc-desk"))))
                .contains("自由职业（南昌市人社局受理）").contains("name=\"opinion\"");
        // the export says the same
        byte[] xlsx = mvc.perform(get("/applications/export.xlsx?status=SUBMITTED").with(users.as("employer-nc-desk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(serial)) {
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo("自由职业（南昌市人社局受理）");
                    found = true;
                }
            }
            assertThat(found).as("the desk's export lists the application").isTrue();
        }

        // another employer, under the same bureau or not, cannot reach it, nor decide on it
        mvc.perform(get("/applications/" + id).with(users.as("employer"))).andExpect(status().isNotFound());
        mvc.perform(get("/applications/" + id).with(users.as("employer03"))).andExpect(status().isNotFound());
        mvc.perform(post("/applications/" + id + "/decision").with(users.as("employer03")).with(csrf())
                .param("event", "ENDORSE").param("opinion", "同意推荐。")).andExpect(status().isNotFound());
        assertThat(data.status(id)).isEqualTo("SUBMITTED");
        // the bureau sees it once its desk has endorsed it
        mvc.perform(get("/applications/" + id).with(users.as("recommender"))).andExpect(status().isNotFound());

        mvc.perform(post("/applications/" + id + "/decision").with(users.as("employer-nc-desk")).with(csrf())
                        .param("event", "ENDORSE").param("opinion", "经核实，申报人从事自由职业，申报材料真实，同意推荐。"))
                .andExpect(status().is3xxRedirection());
        assertThat(data.status(id)).isEqualTo("ENDORSED");
        assertThat(jdbc.queryForObject("select employer_opinion_unit from application where id = ?", String.class, id))
                .isEqualTo("南昌市人社局人才申报受理窗口");

        assertThat(page(get("/applications/" + id).with(users.as("recommender")))).contains("自由职业（南昌市人社局受理）")
                .contains("经核实，申报人从事自由职业，申报材料真实，同意推荐。");
        assertThat(page(get("/applications?status=ENDORSED&q=" + serial).with(users.as("recommender"))))
                .contains(serial);
        mvc.perform(get("/applications/" + id).with(users.as("recommender02"))).andExpect(status().isNotFound());
        mvc.perform(get("/applications/" + id).with(users.as("employer-jj-desk"))).andExpect(status().isNotFound());
    }

    @Test
    void theDemoHasAFreelancerWaitingAtNanchangsDesk() {
        UserAccount freelancer = accounts.findByUsername("applicant32").orElseThrow();
        assertThat(freelancer.getUnit().getCode()).isEqualTo("NC-DESK");
        assertThat(freelancer.getWorkplace()).isEqualTo("自由职业");
        assertThat(jdbc.queryForMap("select employer_name, status from application where applicant_id = ?",
                freelancer.getId())).containsEntry("employer_name", "自由职业（南昌市人社局受理）")
                .containsEntry("status", "SUBMITTED");
    }

    /** The administrator marks a desk: an employer only, and one per recommending unit. */
    @Test
    void aBureauHasOneDeskAndItIsAnEmployer() {
        Actor admin = data.actor("admin");
        String suffix = String.valueOf(SEQUENCE.incrementAndGet() + System.nanoTime() % 100000);
        UnitNode bureau = organization.createUnit(unitForm("测试市人社局" + suffix, "T-HRSS-" + suffix,
                UnitKind.RECOMMENDER, data.unitId("JX-HRSS"), false), admin);
        UnitNode desk = organization.createUnit(unitForm("测试市受理窗口" + suffix, "T-DESK-" + suffix,
                UnitKind.EMPLOYER, bureau.id(), true), admin);
        assertThat(desk.independentDesk()).isTrue();
        assertThat(organization.desksByBureau()).containsEntry(bureau, desk);

        Refusal second = assertThrows(Refusal.class, () -> organization.createUnit(
                unitForm("测试市第二窗口" + suffix, "T-DESK2-" + suffix, UnitKind.EMPLOYER, bureau.id(), true), admin));
        assertThat(second.problems().get(0).messageKey()).isEqualTo("unit.error.deskTaken");
        UnitNode employer = organization.createUnit(unitForm("测试市某公司" + suffix, "T-EMP-" + suffix,
                UnitKind.EMPLOYER, bureau.id(), false), admin);
        Refusal another = assertThrows(Refusal.class,
                () -> organization.updateUnit(employer.id(), unitForm(employer.name(), employer.code(),
                        UnitKind.EMPLOYER, bureau.id(), true), admin));
        assertThat(another.problems().get(0).messageKey()).isEqualTo("unit.error.deskTaken");
        Refusal notAnEmployer = assertThrows(Refusal.class,
                () -> organization.updateUnit(bureau.id(), unitForm(bureau.name(), bureau.code(),
                        UnitKind.RECOMMENDER, data.unitId("JX-HRSS"), true), admin));
        assertThat(notAnEmployer.problems().get(0).messageKey()).isEqualTo("unit.error.deskKind");

        // the desk given up, another unit of the bureau may be its desk; both changes are audited
        organization.updateUnit(desk.id(), unitForm(desk.name(), desk.code(), UnitKind.EMPLOYER, bureau.id(), false),
                admin);
        organization.updateUnit(employer.id(), unitForm(employer.name(), employer.code(), UnitKind.EMPLOYER,
                bureau.id(), true), admin);
        assertThat(organization.desksByBureau().get(bureau)).extracting(UnitNode::id).isEqualTo(employer.id());
        assertThat(audit.historyOf("UNIT", desk.id())).extracting(AuditRecord::getAction)
                .contains("CREATE_UNIT", "UPDATE_UNIT");
    }

    @Test
    void theAdministratorMarksADeskOnTheUnitsPage() throws Exception {
        String suffix = String.valueOf(SEQUENCE.incrementAndGet() + System.nanoTime() % 100000);
        String refused = page(post("/admin/units/new").with(users.as("admin")).with(csrf())
                .param("parentId", String.valueOf(data.unitId("JJ-HRSS"))).param("name", "九江市第二窗口" + suffix)
                .param("code", "JJ-DESK2-" + suffix).param("kind", "EMPLOYER").param("sector", "NON_PUBLIC")
                .param("sortOrder", "0").param("active", "true").param("independentDesk", "true"));
        assertThat(refused).contains("该推荐单位已有受理窗口：九江市人社局人才申报受理窗口")
                .contains("value=\"九江市第二窗口" + suffix + "\"");
        assertThat(organization.unitByCode("JJ-DESK2-" + suffix)).isEmpty();
        assertThat(page(get("/admin/units").with(users.as("admin")))).contains("data-testid=\"desk-badge\"");
        assertThat(page(get("/admin/units/" + data.unitId("NC-DESK")).with(users.as("admin"))))
                .containsPattern("name=\"independentDesk\"[^>]*checked=\"checked\"|checked=\"checked\"[^>]*name=\"independentDesk\"");
    }

    /** An option of a select, chosen: Thymeleaf writes value and selected in either order. */
    private static String selected(long value, String text) {
        return "<option (value=\"" + value + "\" selected=\"selected\"|selected=\"selected\" value=\"" + value
                + "\")>" + text + "</option>";
    }

    private static UnitForm unitForm(String name, String code, UnitKind kind, Long parentId, boolean desk) {
        var form = new UnitForm();
        form.setName(name);
        form.setCode(code);
        form.setKind(kind);
        form.setSector(Sector.NON_PUBLIC);
        form.setParentId(parentId);
        form.setIndependentDesk(desk);
        return form;
    }
}
