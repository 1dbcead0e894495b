package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.NoticeScenario;
import cn.gov.talent.support.TestData;

/**
 * 002 art. 23: 涉及申报资格条件的须由申报单位作出说明、提供独立第三方有效证明材料. When the office or the
 * investigating unit finds that an objection concerns the conditions of eligibility, the applicant's employer
 * is asked, told (notification, home page), and answers in writing with at least one proof checked like every
 * upload; the office decides such an objection only once that explanation with its proof is on file. The
 * explanation and the proofs show to the office and the investigating unit; the employer never sees the
 * objection, who filed it nor the filer's files. Every step is audited.
 */
@IntegrationTest
class Art23QualificationQuestionsAreExplainedByTheEmployerTests {

    static final String MATTER = "请说明申报人全职到岗时间，并提供社会保险缴纳记录。";

    @Autowired
    NoticeScenario scenario;

    @Autowired
    Objections objections;

    @Autowired
    Notices notices;

    @Autowired
    PublicationWorkItems workItems;

    @Autowired
    Accounts accounts;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    private static void refusedWith(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.problems()).extracting(Refusal.Problem::messageKey).contains(key));
    }

    /** A real one-page PDF (a proof is checked by its content). */
    static byte[] onePagePdf() {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("files", name, "application/pdf", onePagePdf());
    }

    /** An objection of a fresh notice, taken up and sent to the recommending unit. */
    private long investigated() {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", 1);
        long objection = scenario.object(inNotice.noticeId(), inNotice.batch().applicationIds().get(0));
        objections.triage(objection, true, "请调查核实", notices.today().plusDays(5), data.actor("office"));
        return objection;
    }

    private long explanationsToWrite(String username) {
        return workItems.workFor(data.currentUser(accounts.findByUsername(username).orElseThrow())).stream()
                .filter(item -> item.messageKey().equals("work.explanations")).mapToLong(WorkItem::count).sum();
    }

    private long notified(String username, String link) {
        return jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.recipient_user_id"
                + " where u.username = ? and n.link = ?", Long.class, username, link);
    }

    private List<String> auditedActions(long objection) {
        return jdbc.queryForList("select action from audit_record where subject_type = 'OBJECTION' and subject_id = ?"
                + " order by id", String.class, objection);
    }

    private String body(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theOfficeDecidesAQuestionOfEligibilityOnlyOnTheEmployersExplanationWithProof() {
        long objection = investigated();
        Actor office = data.actor("office");
        objections.fileFindings(objection, "经调查，申报人全职到岗情况需申报单位说明。", List.of(), data.actor("recommender"));
        long waitingBefore = explanationsToWrite("employer");

        refusedWith(() -> objections.askEmployer(objection, " ", notices.today().plusDays(3), office),
                "objection.explanation.matterRequired");
        refusedWith(() -> objections.askEmployer(objection, MATTER, notices.today().minusDays(1), office),
                "objection.dueRequired");
        long asked = objections.askEmployer(objection, MATTER, notices.today().plusDays(3), office).getId();
        refusedWith(() -> objections.askEmployer(objection, "再请说明。", notices.today().plusDays(3), office),
                "objection.explanation.pending");

        // the employer is told and finds it among its work
        assertThat(notified("employer", "/publication/explanations/" + asked)).isEqualTo(1);
        assertThat(notified("employer02", "/publication/explanations/" + asked)).isZero();
        assertThat(explanationsToWrite("employer")).isEqualTo(waitingBefore + 1);

        // the unit's findings are in, but the eligibility question is not explained yet
        refusedWith(() -> objections.decide(objection, false, "反映问题不属实。", office), "objection.explanationFirst");

        Actor employer = data.actor("employer");
        refusedWith(() -> objections.explain(asked, "申报人已于2024年3月全职到岗。", "南昌市社会保险事业管理局", List.of(),
                employer), "objection.explanation.proofRequired");
        refusedWith(() -> objections.explain(asked, "申报人已于2024年3月全职到岗。", " ", List.of(pdf("社保缴纳记录.pdf")),
                employer), "objection.explanation.issuerRequired");
        refusedWith(() -> objections.explain(asked, " ", "南昌市社会保险事业管理局", List.of(pdf("社保缴纳记录.pdf")),
                employer), "objection.explanation.required");
        // a proof is checked like every upload: by its content, not by its name
        var notAPdf = new MockMultipartFile("files", "社保缴纳记录.pdf", "application/pdf",
                "not a pdf at all".getBytes(StandardCharsets.UTF_8));
        refusedWith(() -> objections.explain(asked, "申报人已于2024年3月全职到岗。", "南昌市社会保险事业管理局",
                List.of(notAPdf), employer), "attachment.wrongType");
        // another employer's unit does not even see it
        assertThatThrownBy(() -> objections.explain(asked, "说明", "机构", List.of(pdf("x.pdf")),
                data.actor("employer02"))).isInstanceOf(NoSuchElementException.class);
        assertThat(objections.files(objection)).noneMatch(file -> file.getSource() == ObjectionFile.Source.EMPLOYER);

        objections.explain(asked, "申报人已于2024年3月全职到岗，社会保险自2024年3月起由本单位缴纳。", "南昌市社会保险事业管理局",
                List.of(pdf("社保缴纳记录.pdf")), employer);
        refusedWith(() -> objections.explain(asked, "再次说明。", "南昌市社会保险事业管理局", List.of(pdf("x.pdf")),
                employer), "objection.explanation.alreadyFiled");
        assertThat(objections.files(objection)).filteredOn(file -> file.getSource() == ObjectionFile.Source.EMPLOYER)
                .singleElement().satisfies(file -> assertThat(file.getExplanationId()).isEqualTo(asked));
        assertThat(explanationsToWrite("employer")).isEqualTo(waitingBefore);
        assertThat(notified("office", "/publication/objections/" + objection)).isPositive();
        assertThat(notified("recommender", "/publication/investigations/" + objection)).isPositive();

        objections.decide(objection, false, "经调查核实并经申报单位说明，反映问题不属实。", office);
        assertThat(objections.objection(objection).getStatus()).isEqualTo(ObjectionStatus.UNFOUNDED);
        assertThat(notified("employer", "/publication/explanations/" + asked)).isEqualTo(2);
        assertThat(auditedActions(objection)).containsSubsequence("FILE_OBJECTION", "ASSIGN_INVESTIGATION",
                "FILE_FINDINGS", "REQUEST_EXPLANATION", "FILE_EXPLANATION", "FIND_UNFOUNDED");
        assertThat(jdbc.queryForObject("select reason from audit_record where subject_type = 'OBJECTION'"
                + " and subject_id = ? and action = 'REQUEST_EXPLANATION'", String.class, objection)).isEqualTo(MATTER);
    }

    @Test
    void theExplanationDoesNotStandForTheInvestigatingUnitsFindings() {
        long objection = investigated();
        Actor office = data.actor("office");
        long asked = objections.askEmployer(objection, MATTER, notices.today().plusDays(3), office).getId();
        objections.explain(asked, "申报人已于2024年3月全职到岗。", "南昌市社会保险事业管理局", List.of(pdf("社保.pdf")),
                data.actor("employer"));
        // the employer is an interested party: its explanation is evidence, not the investigation's findings
        refusedWith(() -> objections.decide(objection, true, "经核实，申报人未全职到岗。", office), "objection.findingsFirst");
        objections.fileFindings(objection, "经调查核实，申报人确未全职到岗。", List.of(), data.actor("recommender"));
        objections.decide(objection, true, "经核实，申报人未全职到岗，不符合申报资格条件。", office);
        assertThat(objections.objection(objection).getStatus()).isEqualTo(ObjectionStatus.UPHELD);
    }

    @Test
    void theInvestigatingUnitMayPutTheQuestionToTheEmployerWhileItInvestigates() throws Exception {
        long objection = investigated();
        LocalDate due = notices.today().plusDays(4);
        // another recommending unit's investigation does not exist for it
        assertThatThrownBy(() -> objections.askEmployerAsInvestigatingUnit(objection, MATTER, due,
                data.actor("recommender02"))).isInstanceOf(NoSuchElementException.class);
        mvc.perform(post("/publication/investigations/" + objection + "/explanation").with(users.as("recommender"))
                .with(csrf()).param("matter", "").param("dueOn", due.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorText", Matchers.containsString("请写明需申报单位说明的事项")));
        mvc.perform(post("/publication/investigations/" + objection + "/explanation").with(users.as("recommender"))
                .with(csrf()).param("matter", MATTER).param("dueOn", due.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successText", Matchers.containsString("已请申报单位作出说明")));
        ObjectionExplanation asked = objections.explanations(objection).get(0);
        assertThat(asked.getAskedByKind()).isEqualTo(ObjectionExplanation.AskedBy.UNIT);
        assertThat(asked.getDueOn()).isEqualTo(due);
        // the office learns that the unit classed it as a question of eligibility
        assertThat(notified("office", "/publication/objections/" + objection)).isPositive();
        assertThat(notified("employer", "/publication/explanations/" + asked.getId())).isEqualTo(1);

        // once the unit has reported, only the office may ask again
        objections.explain(asked.getId(), "申报人已于2024年3月全职到岗。", "南昌市社会保险事业管理局",
                List.of(pdf("社保.pdf")), data.actor("employer"));
        objections.fileFindings(objection, "经调查核实，反映问题不属实。", List.of(), data.actor("recommender"));
        refusedWith(() -> objections.askEmployerAsInvestigatingUnit(objection, "再请说明。", due, data.actor("recommender")),
                "objection.notInvestigating");
        objections.askEmployer(objection, "请补充劳动合同备案证明。", due, data.actor("office"));
        assertThat(objections.explanations(objection)).hasSize(2);
    }

    @Test
    void theEmployerSeesWhatToExplainButNotTheObjectionAndTheOfficeAndTheUnitSeeTheExplanationAndProofs()
            throws Exception {
        long objection = investigated();
        Objection filed = objections.objection(objection);
        long asked = objections.askEmployer(objection, MATTER, notices.today().plusDays(3), data.actor("office"))
                .getId();

        assertThat(body(get("/"), "employer")).contains("件异议涉及申报资格条件待本单位说明");
        assertThat(body(get("/publication/explanations"), "employer")).contains("第 " + objection + " 号", "待说明");
        String page = body(get("/publication/explanations/" + asked), "employer");
        assertThat(page).contains(MATTER, "第 " + objection + " 号")
                .doesNotContain(filed.getContent(), filed.getFilerName(), filed.getFilerContact(),
                        filed.getReceiptCode(), "证据.pdf");
        mvc.perform(get("/publication/explanations/" + asked).with(users.as("employer02")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/publication/explanations/" + asked).with(users.as("recommender")))
                .andExpect(status().isForbidden());

        // without a proof: refused with the reason, nothing recorded
        mvc.perform(multipart("/publication/explanations/" + asked).with(users.as("employer")).with(csrf())
                .param("explanation", "申报人已于2024年3月全职到岗。").param("proofIssuer", "南昌市社会保险事业管理局"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorText", Matchers.containsString("独立第三方")));
        mvc.perform(multipart("/publication/explanations/" + asked).file(pdf("社保缴纳记录.pdf"))
                .with(users.as("employer")).with(csrf())
                .param("explanation", "申报人已于2024年3月全职到岗。").param("proofIssuer", "南昌市社会保险事业管理局"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successText", Matchers.containsString("已报送说明和证明材料")));
        long proof = objections.files(objection).stream()
                .filter(file -> file.getSource() == ObjectionFile.Source.EMPLOYER).findFirst().orElseThrow().getId();

        String office = body(get("/publication/objections/" + objection), "office");
        assertThat(office).contains("申报资格条件说明", MATTER, "申报人已于2024年3月全职到岗。", "南昌市社会保险事业管理局",
                "社保缴纳记录.pdf", "/publication/objections/" + objection + "/files/" + proof);
        String unit = body(get("/publication/investigations/" + objection), "recommender");
        assertThat(unit).contains("申报人已于2024年3月全职到岗。", "社保缴纳记录.pdf",
                "/publication/investigations/" + objection + "/files/" + proof);
        assertThat(body(get("/publication/objections/" + objection + "?lang=en"), "office"))
                .contains("Explanations of eligibility", "Independent third-party proof");

        // the proof downloads for the office, the investigating unit and the employer, each audited
        for (String[] download : List.of(
                new String[] {"office", "/publication/objections/" + objection + "/files/" + proof},
                new String[] {"recommender", "/publication/investigations/" + objection + "/files/" + proof},
                new String[] {"employer", "/publication/explanations/" + asked + "/files/" + proof})) {
            long before = jdbc.queryForObject("select count(*) from audit_record where action = 'DOWNLOAD'"
                    + " and actor_username = ? and subject_label = 'OBJECTION_FILE'", Long.class, download[0]);
            mvc.perform(get(download[1]).with(users.as(download[0]))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")));
            assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'DOWNLOAD'"
                    + " and actor_username = ? and subject_label = 'OBJECTION_FILE'", Long.class, download[0]))
                    .isEqualTo(before + 1);
        }
        mvc.perform(get("/publication/explanations/" + asked + "/files/" + proof).with(users.as("employer02")))
                .andExpect(status().isNotFound());
        // the filer's evidence is not the employer's to download
        long evidence = objections.files(objection).stream()
                .filter(file -> file.getSource() == ObjectionFile.Source.FILER).findFirst().orElseThrow().getId();
        mvc.perform(get("/publication/explanations/" + asked + "/files/" + evidence).with(users.as("employer")))
                .andExpect(status().isNotFound());
        assertThat(body(get("/publication/explanations/" + asked), "employer")).contains("已说明", "社保缴纳记录.pdf");
    }

    @Test
    void theAuditTrailNamesTheNewStepsInBothLanguages() throws Exception {
        long objection = investigated();
        long asked = objections.askEmployer(objection, MATTER, notices.today().plusDays(3), data.actor("office"))
                .getId();
        objections.explain(asked, "申报人已于2024年3月全职到岗。", "南昌市社会保险事业管理局", List.of(pdf("社保.pdf")),
                data.actor("employer"));
        assertThat(body(get("/audit?subjectType=OBJECTION&subjectId=" + objection), "supervisor"))
                .contains("请申报单位说明", "申报单位报送说明", "说明期限 " + notices.today().plusDays(3),
                        "第三方证明材料 1 份，出具机构：南昌市社会保险事业管理局")
                .doesNotContain("REQUEST_EXPLANATION", "FILE_EXPLANATION");
        assertThat(body(get("/audit?lang=en&subjectType=OBJECTION&subjectId=" + objection), "supervisor"))
                .contains("Ask the employer to explain", "Employer explains", "third-party proof file(s)")
                .doesNotContain("REQUEST_EXPLANATION", "FILE_EXPLANATION");
    }
}
