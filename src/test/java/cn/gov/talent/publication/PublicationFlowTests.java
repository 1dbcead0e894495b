package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.application.Applications;
import cn.gov.talent.program.ProgramTier;
import cn.gov.talent.review.Proposals;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.ReviewScenario;
import cn.gov.talent.support.TestData;
import cn.gov.talent.tracking.TalentRecord;

/**
 * The publication stage on the real database: the notice, objections filed by the public and
 * investigated, approval holding back anyone with an open objection, an atomic publication, and
 * public pages that never show an ID number or a phone number.
 */
@IntegrationTest
class PublicationFlowTests {

    static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");
    static final Pattern PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    @Autowired
    Clock clock;

    @Autowired
    ReviewScenario scenario;

    @Autowired
    Notices notices;

    @Autowired
    Objections objections;

    @Autowired
    Publications publications;

    @Autowired
    Proposals proposals;

    @Autowired
    TestData data;

    @Autowired
    Applications applications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void fromTheNoticeThroughObjectionsToThePublishedList() throws Exception {
        ReviewScenario.Batch batch = scenario.proposed("320", 3);
        long kept = batch.applicationIds().get(0);
        long removed = batch.applicationIds().get(1);
        long held = batch.applicationIds().get(2);
        LocalDate today = notices.today();

        mvc.perform(post("/publication/batches/" + batch.batchId() + "/notice").with(users.as("office")).with(csrf())
                .param("startsOn", today.toString()).param("howToObject", "来信来电：0791-86000000")
                .param("calendarAcknowledged", "true")).andExpect(status().is3xxRedirection());
        PublicNotice notice = notices.ofBatch(batch.batchId()).orElseThrow();
        assertThat(notice.getEndsOn()).isEqualTo(notices.endFor(batch.batchId(), today)).isAfterOrEqualTo(today);
        assertThat(batch.applicationIds()).allSatisfy(id -> assertThat(data.status(id)).isEqualTo("IN_NOTICE"));

        String page = anonymous(get("/public/notices/" + notice.getId()));
        assertThat(page).contains("测试APPLICANT", "南昌大学", "临床医学");
        assertNoPersonalData(page);
        assertNoPersonalData(anonymous(get("/public/notices")));

        // the public files objections; bad ones are refused on the same page with the reason
        String receipt = file(notice, kept, false, "张三", "13900001111", "反映其论文存在一稿多投问题，请核实。", null);
        assertThat(anonymous(get("/public/objections/status").param("code", receipt))).contains("已收到，待受理")
                .doesNotContain("张三", "13900001111");
        assertThat(fileForm(notice, held, true, null, null, "该人选的业绩材料存在夸大，请组织核查。", "").andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("匿名反映须提供具体线索");
        assertThat(fileForm(notice, held, false, "李四", "13900002222", "该人选的业绩材料存在夸大，请组织核查。", null,
                "http://spam.example").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("提交未能受理");
        String upheld = file(notice, removed, true, null, null, "该人选申报的省级奖励与实际不符，请核查。",
                "2025 年省科技进步奖公示名单中无此人，可查阅省科技厅网站。");
        String open = file(notice, held, false, "王五", "wangwu@example.cn", "对其团队建设情况有疑问，请核实。", null);

        Actor office = data.actor("office");
        assertThatThrownBy(() -> publications.approve(batch.batchId(), office))
                .isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("publication.noticeNotOver"));

        // the first is investigated by the recommending unit and found unfounded
        long first = objections.byReceipt(receipt).orElseThrow().getId();
        objections.triage(first, true, "请南昌市人社局调查核实", today.plusDays(5), office);
        assertThat(body(get("/"), "recommender")).contains("件异议待调查核实");
        // the unit knows it by its number: the receipt code is the filer's key to the public status page
        assertThat(body(get("/publication/investigations"), "recommender")).contains("第 " + first + " 号",
                applications.find(kept).orElseThrow().getApplicantName() + "（南昌大学）").doesNotContain(receipt);
        assertThat(body(get("/publication/investigations/" + first), "recommender")).contains("第 " + first + " 号")
                .doesNotContain(receipt);
        assertThat(jdbc.queryForList("select subject_label from notification where link = ?", String.class,
                "/publication/investigations/" + first)).isNotEmpty().containsOnly(String.valueOf(first));
        mvc.perform(get("/publication/investigations/" + first).with(users.as("recommender02")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/publication/investigations/" + first).with(users.as("recommender")).with(csrf())
                .param("findings", "经核实，两篇论文内容不同，不存在一稿多投。")).andExpect(status().is3xxRedirection());
        assertThat(objections.objection(first).getStatus()).isEqualTo(ObjectionStatus.FINDINGS_FILED);
        objections.decide(first, false, "经调查核实，反映问题不属实。", office);

        // the second is upheld: the person leaves the list
        long second = objections.byReceipt(upheld).orElseThrow().getId();
        objections.triage(second, true, null, today.plusDays(5), office);
        assertThat(objections.askExperts(second, "请就其获奖成果的学术水平提出意见。", office)).isEqualTo(1);
        long question = objections.opinions(second).get(0).getId();
        mvc.perform(post("/publication/questions/" + question).with(users.as("expert01")).with(csrf())
                .param("answer", "不是我的问题")).andExpect(status().isNotFound());
        mvc.perform(post("/publication/questions/" + question).with(users.as("applicant")).with(csrf())
                .param("answer", "x")).andExpect(status().isForbidden());
        assertThat(objections.opinions(second).get(0).getAnswer()).isNull();
        // decided on what was found: not before the experts have answered
        assertThatThrownBy(() -> objections.decide(second, true, "经核实，所报省级奖励不实。", office))
                .isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("objection.findingsFirst"));
        String reviewer = jdbc.queryForObject("select u.username from app_user u join expert e on e.user_id = u.id"
                + " where e.id = ?", String.class, objections.opinions(second).get(0).getExpertId());
        objections.answer(question, "该奖项的获奖名单中并无此人。", data.actor(reviewer));
        objections.decide(second, true, "经核实，所报省级奖励不实。", office);
        assertThat(data.status(removed)).isEqualTo("REMOVED");
        assertThat(anonymous(get("/public/objections/status").param("code", upheld))).contains("反映问题属实");

        // after the period: late objections are refused; the open one holds its person back
        jdbc.update("update public_notice set starts_on = ?, ends_on = ? where id = ?", today.minusDays(10),
                today.minusDays(1), notice.getId());
        assertThat(fileForm(notice, kept, false, "赵六", "13900003333", "补充反映其论文存在一稿多投问题。", null)
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("已结束，不再受理异议");
        assertThat(anonymous(get("/public/notices/" + notice.getId()))).contains("公示期已结束");
        ApprovalPreview preview = publications.preview(batch.batchId());
        assertThat(preview.heldBack()).extracting(a -> a.getId()).containsExactly(held);
        assertThat(objections.byReceipt(open).orElseThrow().getStatus().isOpen()).isTrue();
        assertThat(publications.approve(batch.batchId(), office)).isEqualTo(1);
        assertThat(data.status(kept)).isEqualTo("APPROVED");
        assertThat(data.status(held)).isEqualTo("IN_NOTICE");

        mvc.perform(get("/publication/batches/" + batch.batchId() + "/certificates.zip").with(users.as("office")))
                .andExpect(status().isNotFound());
        assertThat(publications.publish(batch.batchId(), office)).isEqualTo(1);
        assertThat(data.status(kept)).isEqualTo("SELECTED");
        TalentRecord record = publications.all(batch.batchId()).get(0);
        assertThat(record.getCertificateNo()).matches("RV\\d+-" + data.year() + "-0001");
        assertThat(record.getVerificationCode()).hasSize(8);
        String list = anonymous(get("/public/lists/" + batch.batchId()));
        assertThat(list).contains("测试APPLICANT", "临床医学");
        assertNoPersonalData(list);
        assertNoPersonalData(anonymous(get("/public/lists")));
        mvc.perform(get("/publication/batches/" + batch.batchId() + "/list.xlsx").with(users.as("office")))
                .andExpect(status().isOk());
        mvc.perform(get("/publication/batches/" + batch.batchId() + "/ministry.xlsx").with(users.as("office")))
                .andExpect(status().isNotFound());
        // the certificate: the person downloads it, its text carries the name and serial, and it verifies publicly
        String owner = jdbc.queryForObject("select u.username from app_user u join application a on a.applicant_id = u.id "
                + "where a.id = ?", String.class, kept);
        byte[] pdf = mvc.perform(get("/certificates/" + record.getId() + ".pdf").with(users.as(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("one landscape page, no blank second one").isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox()
                    .getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(record.getPersonName(), record.getCertificateNo(), record.getVerificationCode());
        }
        mvc.perform(get("/certificates/" + record.getId() + ".pdf").with(users.as("applicant")))
                .andExpect(status().isNotFound());
        assertThat(body(get("/certificates"), owner)).contains(record.getCertificateNo());
        String verified = anonymous(get("/public/verify").param("no", record.getCertificateNo())
                .param("code", record.getVerificationCode()));
        // the name and employer as the list published them, so the verifier can tell whose certificate it is
        assertThat(verified).contains("证书有效", record.getCertificateNo(), record.getPersonName(),
                record.getEmployerName());
        assertNoPersonalData(verified);
        assertThat(anonymous(get("/public/verify").param("no", record.getCertificateNo()).param("code", "WRONG")))
                .contains("未找到对应证书");
        byte[] zip = mvc.perform(get("/publication/batches/" + batch.batchId() + "/certificates.zip")
                .with(users.as("office"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            assertThat(entries.getNextEntry().getName()).startsWith(record.getCertificateNo());
        }
        for (String user : List.of("applicant", "employer", "recommender", "expert01")) {
            mvc.perform(get("/publication/batches/" + batch.batchId()).with(users.as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(body(get("/publication/batches/" + batch.batchId()), "supervisor")).contains(
                record.getCertificateNo());
        assertThat(body(get("/publication/batches/" + batch.batchId() + "/records").param("q",
                record.getPersonName()), "supervisor")).contains(record.getCertificateNo(), "共 1 条");
        assertThat(body(get("/publication/batches/" + batch.batchId() + "/records").param("q", "无此人%"),
                "office")).contains("没有符合条件的记录").doesNotContain(record.getCertificateNo());
        // once all is published the office's page says so instead of offering approval again
        assertThat(body(get("/publication/batches/" + batch.batchId()), "office")).contains("公布名单，1 人入选")
                .doesNotContain("id=\"approve\"", "id=\"publish\"");
    }

    @Test
    void theNoticeWaitsForEveryDepartmentAndPublicationIsAllOrNothing() throws Exception {
        ReviewScenario.Batch batch = scenario.proposed("320", 2, ProgramTier.NATIONAL);
        Actor office = data.actor("office");
        LocalDate today = notices.today();
        jdbc.update("delete from department_opinion where batch_id = ? and unit_name = '省科技厅'", batch.batchId());
        assertThatThrownBy(() -> notices.start(batch.batchId(), today, "来信来电", true, office))
                .isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("notice.consultationIncomplete"));
        assertThat(body(get("/publication/batches/" + batch.batchId()), "office")).contains("省科技厅")
                .containsPattern("id=\"start-notice\"\\s+disabled");
        jdbc.update("""
                insert into department_opinion (batch_id, unit_id, unit_name, user_id, full_name, agree, recorded_at)
                select ?, u.unit_id, '省科技厅', u.id, u.full_name, true, ? from app_user u where u.username = 'department03'
                """, batch.batchId(), Timestamp.from(clock.instant()));
        assertThatThrownBy(() -> notices.start(batch.batchId(), today.minusDays(1), "来信来电", true, office))
                .isInstanceOf(Refusal.class);
        PublicNotice notice = notices.start(batch.batchId(), today, "来信来电", true, office);
        assertThatThrownBy(() -> proposals.recordOpinion(batch.batchId(), data.actor("department"), "钱人才",
                "省委人才办", false, "改变主意")).isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("consultation.closed"));
        jdbc.update("update public_notice set starts_on = ?, ends_on = ? where id = ?", today.minusDays(8),
                today.minusDays(1), notice.getId());
        assertThat(publications.approve(batch.batchId(), office)).isEqualTo(2);

        // the second certificate number is already taken by another program's record: publication fails midway
        String code = jdbc.queryForObject("select p.code from program p join batch b on b.program_id = p.id "
                + "where b.id = ?", String.class, batch.batchId());
        long other = data.applicationOf("叶清华");
        jdbc.update("""
                insert into talent_record (application_id, batch_id, program_id, category_id, year, applicant_id,
                    person_name, employer_name, certificate_no, verification_code, issued_on, created_at, unit_id,
                    unit_path, cycle_start, cycle_end, status_changed_on)
                select a.id, a.batch_id, -1, a.category_id, ?, a.applicant_id, a.applicant_name, a.employer_name,
                    ?, 'TESTCODE', ?, ?, a.employer_unit_id, a.unit_path, ?, ?, ? from application a where a.id = ?
                """, data.year() - 1, code + "-" + data.year() + "-0002", today,
                Timestamp.from(clock.instant()), today, today.plusYears(3), today, other);
        try {
            assertThatThrownBy(() -> publications.publish(batch.batchId(), office))
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThat(batch.applicationIds()).allSatisfy(id -> assertThat(data.status(id)).isEqualTo("APPROVED"));
            assertThat(jdbc.queryForObject("select count(*) from talent_record where batch_id = ?", Long.class,
                    batch.batchId())).isZero();
            assertThat(notices.ofBatch(batch.batchId()).orElseThrow().getPublishedAt()).isNull();
            mvc.perform(get("/public/lists/" + batch.batchId())).andExpect(status().isNotFound());
        } finally {
            jdbc.update("delete from talent_record where application_id = ?", other);
        }
        assertThat(publications.publish(batch.batchId(), office)).isEqualTo(2);
        assertThat(batch.applicationIds()).allSatisfy(id -> assertThat(data.status(id)).isEqualTo("SELECTED"));

        // a national program's nominees go to the ministry with their ID numbers (office only)
        byte[] xlsx = mvc.perform(get("/publication/batches/" + batch.batchId() + "/ministry.xlsx")
                .with(users.as("office"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).matches("\\d{17}[\\dX]");
        }
        mvc.perform(get("/publication/batches/" + batch.batchId() + "/ministry.xlsx").with(users.as("supervisor")))
                .andExpect(status().isForbidden());
    }

    private String file(PublicNotice notice, long applicationId, boolean anonymous, String name, String contact,
            String content, String leads) throws Exception {
        String html = fileForm(notice, applicationId, anonymous, name, contact, content, leads).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher receipt = Pattern.compile("data-testid=\"receipt\"><code>([A-Z0-9]{12})</code>").matcher(html);
        assertThat(receipt.find()).as("a receipt code in %s", html).isTrue();
        return receipt.group(1);
    }

    private ResultActions fileForm(PublicNotice notice, long applicationId,
            boolean anonymous, String name, String contact, String content, String leads) throws Exception {
        return fileForm(notice, applicationId, anonymous, name, contact, content, leads, null);
    }

    private ResultActions fileForm(PublicNotice notice, long applicationId,
            boolean anonymous, String name, String contact, String content, String leads, String website)
            throws Exception {
        var request = multipart("/public/notices/" + notice.getId() + "/objection")
                .file(new MockMultipartFile("files", "证据.pdf", "application/pdf",
                        "%PDF-1.4\n%evidence\n".getBytes(StandardCharsets.US_ASCII)))
                .param("applicationId", String.valueOf(applicationId)).param("anonymous", String.valueOf(anonymous))
                .param("content", content).with(csrf())
                .with(request1 -> {
                    request1.setRemoteAddr("10.9." + (applicationId % 200) + "." + (System.nanoTime() % 200));
                    return request1;
                });
        if (name != null) {
            request.param("name", name);
        }
        if (contact != null) {
            request.param("contact", contact);
        }
        if (leads != null) {
            request.param("leads", leads);
        }
        if (website != null) {
            request.param("website", website);
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    private String anonymous(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String body(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static void assertNoPersonalData(String html) {
        assertThat(ID_NUMBER.matcher(html).find()).as("an ID number on a public page").isFalse();
        assertThat(PHONE.matcher(html).find()).as("a phone number on a public page").isFalse();
    }
}
