package cn.gov.talent.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.publication.Notices;
import cn.gov.talent.publication.Objections;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.NoticeScenario;
import cn.gov.talent.support.TestData;

/**
 * The audit trail keeps codes and the pages speak the reader's language: on the audit page, in
 * Chinese and in English, no state, action, role or note of a batch taken through review, its
 * proposed list, its notice and an objection under investigation shows as a code or as an English
 * note; an application's history names the unit that acted (or the applicant, or the system), never
 * an account.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditInTheReadersLanguageTests {

    /** Codes the trail stores that a reader must never see as such. */
    static final List<String> CODES = List.of("RECEIVED", "INVESTIGATING", "ASSIGNED", "SUBMITTED", "CONFIRMED",
            "DRAFT", "CORRESPONDENCE", "AGREE", "OFFICE", "EXPERT", "DEPARTMENT", "FILE_OBJECTION",
            "ASSIGN_INVESTIGATION", "CREATE_ROUND", "DRAW_EXPERTS", "AGGREGATE", "SUBMIT_REVIEW", "DRAFT_PROPOSAL",
            "CONFIRM_PROPOSAL", "RECORD_OPINION", "START_NOTICE", "PASS_FORMAL_REVIEW", "IN_REVIEW", "QUALIFIED");

    /** The English notes the trail used to write. */
    static final List<String> ENGLISH_NOTES = List.of("due ", "real name", "anonymous", "included=", "left off=",
            "draw=", "seed=", "applications=", "experts=", "people=", "working days=", "places=", "null");

    @Autowired
    NoticeScenario scenario;

    @Autowired
    Objections objections;

    @Autowired
    Notices notices;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    long batch;
    long application;
    long notice;
    long objection;
    long round;
    long task;

    @BeforeAll
    void aBatchInItsNoticeWithAnObjectionUnderInvestigation() throws Exception {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", 1);
        batch = inNotice.batch().batchId();
        application = inNotice.batch().applicationIds().get(0);
        notice = inNotice.noticeId();
        objection = scenario.object(notice, application);
        objections.triage(objection, true, "请调查核实", notices.today().plusDays(5), data.actor("office"));
        round = jdbc.queryForObject("select id from review_round where batch_id = ?", Long.class, batch);
        task = jdbc.queryForObject("select min(id) from review_assignment where round_id = ?", Long.class, round);
    }

    @Test
    void theAuditPageNamesEveryStateActionRoleAndNoteInChinese() throws Exception {
        String objectionLines = lines("/audit?subjectType=OBJECTION&subjectId=" + objection, "supervisor");
        assertThat(objectionLines).contains("提交异议", "交办调查", "待受理", "调查中", "实名反映",
                "调查期限 " + notices.today().plusDays(5), "系统");
        String roundLines = lines("/audit?subjectType=REVIEW_ROUND&subjectId=" + round, "office");
        assertThat(roundLines).contains("新建评审轮次", "通讯评审", "抽取专家", "随机种子", "汇总排名", "工程办公室");
        String proposalLines = lines("/audit?subjectType=PROPOSAL&subjectId=" + batch, "office");
        assertThat(proposalLines).contains("拟定名单", "草稿，尚未确认", "已确认，正在征求意见", "列入 1 人，未列入 0 人", "同意");
        String taskLines = lines("/audit?subjectType=REVIEW_ASSIGNMENT&subjectId=" + task, "office");
        assertThat(taskLines).contains("待评审", "已提交", "评审专家");
        String noticeLines = lines("/audit?subjectType=NOTICE&subjectId=" + notice, "office");
        assertThat(noticeLines).contains("开始公示", "公示 1 人");
        String applicationLines = lines("/audit?subjectType=APPLICATION&subjectId=" + application, "office");
        assertThat(applicationLines).contains("形式审查通过", "专家评审中", "公示中");
        for (String text : List.of(objectionLines, roundLines, proposalLines, taskLines, noticeLines,
                applicationLines)) {
            assertThat(text).doesNotContain(CODES.toArray(String[]::new)).doesNotContain(
                    ENGLISH_NOTES.toArray(String[]::new));
        }
    }

    @Test
    void theAuditPageNamesEveryStateActionRoleAndNoteInEnglish() throws Exception {
        String objectionLines = lines("/audit?lang=en&subjectType=OBJECTION&subjectId=" + objection, "supervisor");
        assertThat(objectionLines).contains("Received", "Under investigation", "By name",
                "Due " + notices.today().plusDays(5));
        String roundLines = lines("/audit?lang=en&subjectType=REVIEW_ROUND&subjectId=" + round, "office");
        assertThat(roundLines).contains("Correspondence review", "seed");
        String proposalLines = lines("/audit?lang=en&subjectType=PROPOSAL&subjectId=" + batch, "office");
        assertThat(proposalLines).contains("Draft, not confirmed", "Confirmed, under consultation",
                "1 on the list, 0 left off");
        String taskLines = lines("/audit?lang=en&subjectType=REVIEW_ASSIGNMENT&subjectId=" + task, "office");
        assertThat(taskLines).contains("To review", "Submitted");
        String applicationLines = lines("/audit?lang=en&subjectType=APPLICATION&subjectId=" + application, "office");
        for (String text : List.of(objectionLines, roundLines, proposalLines, taskLines, applicationLines)) {
            assertThat(text).doesNotContain(CODES.toArray(String[]::new))
                    .doesNotContain("待受理", "调查中", "实名反映", "通讯评审", "已提交", "公示中");
        }
    }

    @Test
    void theApplicantsHistoryNamesTheUnitsThatActedNotTheirAccounts() throws Exception {
        String applicant = jdbc.queryForObject("select u.username from app_user u join application a on a.applicant_id"
                + " = u.id where a.id = ?", String.class, application);
        String page = page("/applications/" + application, applicant);
        assertThat(actors(page)).containsOnly("申报人", "南昌大学", "南昌市人社局", "江西省人力资源和社会保障厅", "系统")
                .contains("申报人", "南昌大学", "南昌市人社局", "江西省人力资源和社会保障厅", "系统");
        String history = textOf(page, "data-testid=\"history\"");
        assertThat(history).contains("单位审核通过", "形式审查通过", "专家评审中", "评审完成")
                .doesNotContain("employer", "recommender", "office", "review", applicant)
                .doesNotContain(CODES.toArray(String[]::new));
        assertThat(actors(page("/applications/" + application, "employer"))).contains("南昌市人社局", "南昌大学")
                .doesNotContain("recommender", "office", "employer");

        String english = page("/applications/" + application + "?lang=en", applicant);
        assertThat(actors(english)).containsOnly("The applicant", "南昌大学", "南昌市人社局", "江西省人力资源和社会保障厅",
                "The system");
        assertThat(textOf(english, "data-testid=\"history\"")).contains("In expert review", "Passed formal review")
                .doesNotContain(CODES.toArray(String[]::new)).doesNotContain(applicant);
    }

    /** Who acted, line by line of the history. */
    private static List<String> actors(String html) {
        List<String> actors = new ArrayList<>();
        Matcher cell = Pattern.compile("<td data-testid=\"history-actor\">([^<]*)</td>").matcher(html);
        while (cell.find()) {
            actors.add(cell.group(1).trim());
        }
        assertThat(actors).as("history lines").isNotEmpty();
        return actors;
    }

    /** The rows of the audit table, as text. */
    private String lines(String path, String username) throws Exception {
        return textOf(page(path, username), "data-testid=\"audit-list\"");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text of the body of the table marked so: tags gone, whitespace squeezed. */
    private static String textOf(String html, String marker) {
        int table = html.indexOf(marker);
        assertThat(table).as(marker).isNotNegative();
        int body = html.indexOf("<tbody>", table);
        String rows = html.substring(body, html.indexOf("</tbody>", body));
        return rows.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
