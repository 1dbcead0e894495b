package cn.gov.talent.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.program.Programs;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;
import cn.gov.talent.tracking.TalentTransferred;
import cn.gov.talent.web.Answers;

/**
 * 工作单位转换 (002 art. 32) over HTTP, on fresh people of 南昌大学 (recommended by 南昌市人社局): the rules are
 * explained before the request is sent and refuse what the article forbids; every step is taken by its party
 * only (another unit is told the transfer does not exist), audited and notified to whoever acts next; the
 * advisory panel is heard before an enterprise's person moves to a university; the materials are checked by
 * content; and the approval moves the record, so that the old employer no longer sees it (404) and the new one
 * does.
 */
@IntegrationTest
@RecordApplicationEvents
class Art32TransferTests {

    static final String NECESSITY = "配偶在成都工作，家庭需要照顾，确需流动。";

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
    Programs programs;

    @Autowired
    ApplicationEvents events;

    @Test
    void anApprovedTransferMovesTheRecordAndTheOldEmployerNoLongerSeesIt() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long record = talent.recordId();
        long scu = data.unitId("SCU");
        long program = jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class, record);
        programs.setRegionalTransferRule(program, true, data.actor("office"));

        // the rules, before anything is sent: the first term, and 中部 → 西部 allowed
        String page = page("/transfers/new?recordId=" + record + "&toUnitId=" + scu, talent.owner());
        assertThat(page).contains("首个聘期（至 ", "现工作单位位于江西省（中部），接收单位位于四川省（西部）",
                "id=\"transfer-request-form\"", "id=\"necessity\"");
        long id = request(talent, scu, NECESSITY);
        assertThat(statusOf(id)).isEqualTo("REQUESTED");
        assertThat(notified("employer", id)).contains("notification.transfer.REQUESTED");

        // 转出单位同意
        assertThat(refusal(act("/transfers/" + id + "/consent", "employer", "opinion", "同意转出。"))).isNull();
        assertThat(statusOf(id)).isEqualTo("CONSENTED");
        assertThat(notified("employer08", id)).contains("notification.transfer.CONSENTED");
        // 接收单位材料汇总
        assertThat(refusal(compile(id, "employer08", pdf("工作合同.pdf")))).isNull();
        assertThat(statusOf(id)).isEqualTo("COMPILED");
        assertThat(jdbc.queryForObject("select count(*) from transfer_file where transfer_id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(notified("recommender06", id)).contains("notification.transfer.COMPILED");
        // 主管部门审核
        assertThat(refusal(act("/transfers/" + id + "/review", "recommender06", "opinion", "材料齐全，同意。"))).isNull();
        assertThat(statusOf(id)).isEqualTo("REVIEWED");
        assertThat(notified("office", id)).contains("notification.transfer.REVIEWED");
        // 专项办审批
        MvcResult approved = act("/transfers/" + id + "/approve", "office");
        assertThat(refusal(approved)).isNull();
        assertThat(success(approved)).contains("人选档案已转至接收单位");
        assertThat(statusOf(id)).isEqualTo("APPROVED");
        assertThat(notified(talent.owner(), id)).contains("notification.transfer.APPROVED");

        // the record, its data scope and its employer's name moved
        assertThat(jdbc.queryForMap("select unit_id, unit_path, employer_name from talent_record where id = ?", record))
                .containsEntry("unit_id", scu).containsEntry("employer_name", "四川大学")
                .containsEntry("unit_path", jdbc.queryForObject("select path from org_unit where id = ?", String.class,
                        scu));
        assertThat(events.stream(TalentTransferred.class)).singleElement().satisfies(moved -> {
            assertThat(moved.recordId()).isEqualTo(record);
            assertThat(moved.fromUnitId()).isEqualTo(data.unitId("NCU"));
            assertThat(moved.toUnitId()).isEqualTo(scu);
            assertThat(moved.toEmployerName()).isEqualTo("四川大学");
        });
        // the old employer and the recommending unit above it no longer see the person; the new ones, and the person, do
        for (String old : List.of("employer", "recommender")) {
            mvc.perform(get("/talents/" + record).with(users.as(old))).andExpect(status().isNotFound());
        }
        for (String now : List.of("employer08", "recommender06", talent.owner(), "office")) {
            mvc.perform(get("/talents/" + record).with(users.as(now))).andExpect(status().isOk());
        }
        // the old employer keeps the transfer's history, without a way into the record
        assertThat(page("/transfers/" + id, "employer")).contains("四川大学").doesNotContain("id=\"transfer-record\"");
        assertThat(page("/transfers/" + id, "employer08")).contains("id=\"transfer-record\"");

        // every step audited, with its states and who acted; the record's move too
        assertThat(jdbc.queryForList("select action from audit_record where subject_type = 'TRANSFER' and subject_id = ?"
                + " order by id", String.class, id)).containsExactly("REQUEST_TRANSFER", "CONSENT_TRANSFER",
                        "COMPILE_TRANSFER", "REVIEW_TRANSFER", "APPROVE_TRANSFER");
        assertThat(jdbc.queryForList("select actor_username from audit_record where subject_type = 'TRANSFER'"
                + " and subject_id = ? order by id", String.class, id))
                .containsExactly(talent.owner(), "employer", "employer08", "recommender06", "office");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where subject_type = 'TALENT'"
                + " and subject_id = ? and action = 'TRANSFER'", Long.class, record)).isEqualTo(1);
        assertThat(page("/transfers/" + id, "office")).contains("确需流动的理由", NECESSITY, "工程办公室审批",
                "已批准，人选档案已转至接收单位");
    }

    @Test
    void otherUnitsCannotActOnATransferByUrl() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long id = request(talent, data.unitId("SCU"), NECESSITY);

        // units with no part in it are told it does not exist, whatever they post
        for (String[] attempt : new String[][] {{"consent", "employer02"}, {"compile", "employer02"},
                {"refuse", "employer02"}, {"review", "recommender02"}, {"refuse", "recommender02"},
                {"consent", "employer09"}, {"review", "recommender07"}}) {
            mvc.perform(post("/transfers/" + id + "/" + attempt[0]).param("reason", "不同意").with(csrf())
                    .with(users.as(attempt[1]))).andExpect(status().isNotFound());
        }
        for (String stranger : List.of("employer02", "recommender02", "applicant", "employer09")) {
            mvc.perform(get("/transfers/" + id).with(users.as(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/transfers/" + id + "/files/1").with(users.as(stranger))).andExpect(status().isNotFound());
        }
        // those who see it may take only their own step, now
        assertThat(refusal(act("/transfers/" + id + "/consent", "employer08"))).contains("转出单位");
        assertThat(refusal(act("/transfers/" + id + "/review", "recommender06"))).isNotNull();
        assertThat(refusal(act("/transfers/" + id + "/review", "recommender"))).isNotNull();
        assertThat(refusal(act("/transfers/" + id + "/approve", "office"))).contains("不能");
        assertThat(refusal(act("/transfers/" + id + "/refuse", "employer", "reason", " "))).contains("请填写理由");
        assertThat(statusOf(id)).isEqualTo("REQUESTED");
        // the roles that never take a step are refused before anything is read
        for (String role : List.of("supervisor", "department", talent.owner())) {
            mvc.perform(post("/transfers/" + id + "/consent").with(csrf()).with(users.as(role)))
                    .andExpect(status().isForbidden());
        }
        // the current employer refuses, with the reason: the person and both employers hear of it
        assertThat(refusal(act("/transfers/" + id + "/refuse", "employer", "reason", "科研项目尚在攻关期，暂不同意转出。")))
                .isNull();
        assertThat(statusOf(id)).isEqualTo("REFUSED");
        assertThat(jdbc.queryForObject("select refusal_reason from transfer where id = ?", String.class, id))
                .isEqualTo("科研项目尚在攻关期，暂不同意转出。");
        assertThat(notified(talent.owner(), id)).contains("notification.transfer.REFUSED");
        assertThat(notified("employer08", id)).contains("notification.transfer.REFUSED");
        assertThat(refusal(act("/transfers/" + id + "/consent", "employer"))).isNotNull();
        // a refused transfer leaves the person free to ask again
        assertThat(page("/transfers/new?recordId=" + talent.recordId(), talent.owner()))
                .doesNotContain("data-testid=\"transfer-open\"");
    }

    @Test
    void thePersonMayWithdrawTheRequestUntilTheOfficeDecides() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long id = request(talent, data.unitId("SCU"), NECESSITY);
        assertThat(page("/transfers/" + id, talent.owner())).contains("id=\"withdraw-form\"");
        assertThat(refusal(act("/transfers/" + id + "/consent", "employer"))).isNull();
        assertThat(refusal(compile(id, "employer08", pdf("工作合同.pdf")))).isNull();
        // only the person withdraws: the units may refuse, not withdraw
        for (String unit : List.of("employer", "employer08", "recommender06", "office")) {
            mvc.perform(post("/transfers/" + id + "/withdraw").with(csrf()).with(users.as(unit)))
                    .andExpect(status().isForbidden());
        }
        assertThat(page("/transfers/" + id, "recommender06")).doesNotContain("id=\"withdraw-form\"");
        // another applicant is told it does not exist
        mvc.perform(post("/transfers/" + id + "/withdraw").with(csrf()).with(users.as("applicant")))
                .andExpect(status().isNotFound());

        MvcResult withdrawn = act("/transfers/" + id + "/withdraw", talent.owner(), "reason", "家庭情况已有变化，暂不流动。");
        assertThat(refusal(withdrawn)).isNull();
        assertThat(success(withdrawn)).contains("已撤回");
        assertThat(statusOf(id)).isEqualTo("WITHDRAWN");
        // whoever had the next step (the supervising unit) and both employers are told
        for (String told : List.of("recommender06", "employer", "employer08")) {
            assertThat(notified(told, id)).as(told).contains("notification.transfer.WITHDRAWN");
        }
        assertThat(jdbc.queryForMap("select from_state, to_state, reason, actor_username from audit_record"
                + " where subject_type = 'TRANSFER' and subject_id = ? and action = 'WITHDRAW_TRANSFER'", id))
                .containsEntry("from_state", "COMPILED").containsEntry("to_state", "WITHDRAWN")
                .containsEntry("reason", "家庭情况已有变化，暂不流动。").containsEntry("actor_username", talent.owner());
        // nothing more happens to it; the person may ask again
        assertThat(refusal(act("/transfers/" + id + "/review", "recommender06"))).isNotNull();
        assertThat(refusal(act("/transfers/" + id + "/withdraw", talent.owner()))).isNotNull();
        assertThat(page("/transfers/new?recordId=" + talent.recordId(), talent.owner()))
                .doesNotContain("data-testid=\"transfer-open\"");
    }

    @Test
    void theRegionalRuleIsExplainedBeforeTheRequestAndRefusesAMoveFromTheWestToTheEast() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long record = talent.recordId();
        long program = jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class, record);
        programs.setRegionalTransferRule(program, true, data.actor("office"));
        scenario.employedBy(record, "SCU"); // the person works in 四川 (西部) now

        String page = page("/transfers/new?recordId=" + record + "&toUnitId=" + data.unitId("ZJ-YUNQI"),
                talent.owner());
        assertThat(page).contains("本工程适用首个聘期内的地区流动限制",
                "首个聘期内，西部地区入选专家不得向东部地区流动（002 第三十二条）")
                .doesNotContain("id=\"transfer-request-form\"");
        // posted anyway, it is refused with the same sentence, and nothing is recorded
        String refused = mvc.perform(post("/transfers/new").param("recordId", String.valueOf(record))
                        .param("toUnitId", String.valueOf(data.unitId("ZJ-YUNQI"))).param("reason", "到杭州工作。")
                        .param("necessity", NECESSITY).with(csrf()).with(users.as(talent.owner())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("data-testid=\"error-summary\"",
                "首个聘期内，西部地区入选专家不得向东部地区流动（002 第三十二条）");
        assertThat(jdbc.queryForObject("select count(*) from transfer where talent_record_id = ?", Long.class, record))
                .isZero();
        // within the west the move may be asked for
        assertThat(page("/transfers/new?recordId=" + record + "&toUnitId=" + data.unitId("XJU"), talent.owner()))
                .contains("符合首个聘期内的地区流动限制", "id=\"transfer-request-form\"");
        // once the first term is over the rule no longer binds, and no reason of necessity is asked for
        scenario.cycleFrom(record, data.today().minusYears(4));
        String after = page("/transfers/new?recordId=" + record + "&toUnitId=" + data.unitId("ZJ-YUNQI"),
                talent.owner());
        assertThat(after).contains("首个聘期已于", "id=\"transfer-request-form\"").doesNotContain("id=\"necessity\"");
        long id = request(talent, data.unitId("ZJ-YUNQI"), null);
        assertThat(jdbc.queryForMap("select first_term, necessity from transfer where id = ?", id))
                .containsEntry("first_term", false).containsEntry("necessity", null);
    }

    @Test
    void aXinjiangTibetProjectsPersonMayNotLeaveXinjiangInTheFirstTerm() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long record = talent.recordId();
        long program = jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class, record);
        long category = jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class, record);
        programs.setRegionalTransferRule(program, true, data.actor("office"));
        programs.setMobility(category, null, true, data.actor("office"));
        scenario.employedBy(record, "XJU");

        assertThat(page("/transfers/new?recordId=" + record + "&toUnitId=" + data.unitId("SCU"), talent.owner()))
                .contains("首个聘期内，新疆西藏项目入选专家不得向其他地区流动（002 第三十二条）：接收单位位于四川省")
                .doesNotContain("id=\"transfer-request-form\"");
    }

    @Test
    void inTheFirstTermTheRequestSaysWhyTheMoveIsNecessary() throws Exception {
        Talent talent = scenario.published(1).get(0);
        String page = mvc.perform(post("/transfers/new").param("recordId", String.valueOf(talent.recordId()))
                        .param("toUnitId", String.valueOf(data.unitId("JJU"))).param("reason", "到九江工作。")
                        .with(csrf()).with(users.as(talent.owner())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("首个聘期内转换工作单位，请写明确需流动的理由（002 第三十二条）", "到九江工作。");
        assertThat(jdbc.queryForObject("select count(*) from transfer where talent_record_id = ?", Long.class,
                talent.recordId())).isZero();
        // and someone else's record is not theirs to move
        mvc.perform(get("/transfers/new").param("recordId", String.valueOf(talent.recordId()))
                .with(users.as("applicant"))).andExpect(status().isNotFound());
    }

    @Test
    void theAdvisoryPanelIsHeardBeforeAnEnterprisesPersonMovesToAUniversity() throws Exception {
        Talent talent = scenario.published(1).get(0);
        scenario.employedBy(talent.recordId(), "JXCC"); // 江西铜业集团, an enterprise
        long id = request(talent, data.unitId("SCU"), NECESSITY);
        assertThat(jdbc.queryForObject("select panel_required from transfer where id = ?", Boolean.class, id)).isTrue();
        assertThat(refusal(act("/transfers/" + id + "/consent", "employer02"))).isNull();
        assertThat(refusal(compile(id, "employer08", pdf("材料.pdf")))).isNull();
        assertThat(refusal(act("/transfers/" + id + "/review", "recommender06"))).isNull();

        assertThat(refusal(act("/transfers/" + id + "/approve", "office"))).contains("专家咨询顾问组审核同意");
        assertThat(refusal(act("/transfers/" + id + "/panel-opinion", "office", "agreed", "false", "panelOpinion",
                "该同志研究方向与接收单位学科布局不符。"))).isNull();
        assertThat(refusal(act("/transfers/" + id + "/approve", "office"))).contains("专家咨询顾问组审核同意");
        assertThat(refusal(act("/transfers/" + id + "/panel-opinion", "office", "agreed", "true"))).contains("意见内容");
        assertThat(refusal(act("/transfers/" + id + "/panel-opinion", "office", "agreed", "true", "panelOpinion",
                "经复核，同意其转入高校从事科研工作。"))).isNull();
        assertThat(refusal(act("/transfers/" + id + "/approve", "office"))).isNull();
        assertThat(statusOf(id)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select employer_name from talent_record where id = ?", String.class,
                talent.recordId())).isEqualTo("四川大学");
        assertThat(jdbc.queryForList("select action from audit_record where subject_type = 'TRANSFER' and subject_id = ?"
                + " and action = 'RECORD_PANEL_OPINION'", String.class, id)).hasSize(2);
    }

    @Test
    void theMaterialsAreCheckedByTheirContent() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long id = request(talent, data.unitId("SCU"), NECESSITY);
        assertThat(refusal(act("/transfers/" + id + "/consent", "employer"))).isNull();
        // a text file named .pdf, then nothing at all
        MockMultipartFile fake = new MockMultipartFile("files", "合同.pdf", "application/pdf",
                "这不是 PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(compile(id, "employer08", fake))).contains("只接受 PDF、JPG、PNG 文件");
        assertThat(refusal(mvc.perform(multipart("/transfers/" + id + "/compile").param("note", "材料见附件")
                .with(csrf()).with(users.as("employer08"))).andReturn())).contains("至少一个文件");
        assertThat(statusOf(id)).isEqualTo("CONSENTED");
        assertThat(jdbc.queryForObject("select count(*) from transfer_file where transfer_id = ?", Long.class, id))
                .isZero();
        // the receiving employer uploads a real one; anyone who sees the transfer may download it
        assertThat(refusal(compile(id, "employer08", pdf("工作合同.pdf")))).isNull();
        long file = jdbc.queryForObject("select id from transfer_file where transfer_id = ?", Long.class, id);
        for (String reader : List.of("employer", "employer08", "recommender06", "office", talent.owner())) {
            mvc.perform(get("/transfers/" + id + "/files/" + file).with(users.as(reader))).andExpect(status().isOk());
        }
        mvc.perform(get("/transfers/" + id + "/files/" + file).with(users.as("employer02")))
                .andExpect(status().isNotFound());
    }

    // ---- helpers --------------------------------------------------------------------------------

    private long request(Talent talent, long toUnitId, String necessity) throws Exception {
        var request = post("/transfers/new").param("recordId", String.valueOf(talent.recordId()))
                .param("toUnitId", String.valueOf(toUnitId)).param("reason", "接收单位的学科平台更适合本人研究方向。")
                .with(csrf()).with(users.as(talent.owner()));
        if (necessity != null) {
            request.param("necessity", necessity);
        }
        MvcResult result = mvc.perform(request).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        assertThat(target).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("/transfers/");
        return Long.parseLong(target.substring("/transfers/".length()));
    }

    private MvcResult act(String path, String username, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(users.as(username));
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + " as " + username).isEqualTo(302);
        return result;
    }

    private MvcResult compile(long id, String username, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/transfers/" + id + "/compile").file(file).param("note", "工作合同及单位意见")
                .with(csrf()).with(users.as(username))).andReturn();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from transfer where id = ?", String.class, id);
    }

    /** The notifications an account got about this transfer. */
    private List<String> notified(String username, long id) {
        return jdbc.queryForList("""
                select n.message_key from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = ? and n.link = ?""", String.class, username, "/transfers/" + id);
    }

    private static String refusal(MvcResult result) {
        return (String) result.getFlashMap().get(Answers.ERROR);
    }

    private static String success(MvcResult result) {
        return (String) result.getFlashMap().get(Answers.SUCCESS);
    }

    static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("files", name, "application/pdf",
                "%PDF-1.4\n% transfer materials\n".getBytes(StandardCharsets.US_ASCII));
    }
}
