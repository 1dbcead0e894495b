package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.NoticeScenario;
import cn.gov.talent.support.TestData;
import cn.gov.talent.web.Answers;

/**
 * Complaint rules keep a complainant's identity from the party investigated: the recommending unit
 * that investigates a real-name objection reads what was said, the leads and the evidence, never
 * the filer's name, contact or the names and authorship of the filer's files. The office and the
 * supervisors see who objected.
 */
@IntegrationTest
class ObjectorIdentityTests {

    static final String FILER = "欧阳明哲";
    static final String CONTACT = "13977776666";
    static final String FILE_NAME = "欧阳明哲的举报材料.pdf";

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

    @Test
    void theInvestigatingUnitSeesTheObjectionButNotWhoFiledItTheOfficeAndTheSupervisorsDo() throws Exception {
        long objection = investigated();

        String unitPage = page("recommender", "/publication/investigations/" + objection);
        assertThat(unitPage).contains("其论文数据存在造假嫌疑", "材料1.pdf", "实名")
                .doesNotContain(FILER, CONTACT, FILE_NAME, "举报材料");
        assertThat(page("recommender", "/publication/investigations")).doesNotContain(FILER, CONTACT);

        String officePage = page("office", "/publication/objections/" + objection);
        assertThat(officePage).contains(FILER, CONTACT, FILE_NAME, "其论文数据存在造假嫌疑");
        String supervisorPage = page("supervisor", "/publication/objections/" + objection);
        assertThat(supervisorPage).contains(FILER, CONTACT, FILE_NAME);
    }

    @Test
    void theUnitDownloadsTheEvidenceUnderANeutralNameAndWithoutItsAuthor() throws Exception {
        long objection = investigated();
        long fileId = jdbc.queryForObject("select id from objection_file where objection_id = ?", Long.class,
                objection);

        MockHttpServletResponse unit = mvc.perform(get("/publication/investigations/" + objection + "/files/" + fileId)
                .with(users.as("recommender"))).andExpect(status().isOk()).andReturn().getResponse();
        String disposition = unit.getHeader("Content-Disposition");
        // 材料1.pdf, percent-encoded as UTF-8; nothing of the original name
        assertThat(disposition).contains("%E6%9D%90%E6%96%991.pdf").doesNotContain("%E4%B8%BE%E6%8A%A5");
        try (PDDocument copy = Loader.loadPDF(unit.getContentAsByteArray())) {
            assertThat(copy.getDocumentInformation().getAuthor()).isNull();
            assertThat(copy.getNumberOfPages()).isEqualTo(1);
        }

        MockHttpServletResponse office = mvc.perform(get("/publication/objections/" + objection + "/files/" + fileId)
                .with(users.as("office"))).andExpect(status().isOk()).andReturn().getResponse();
        try (PDDocument original = Loader.loadPDF(office.getContentAsByteArray())) {
            assertThat(original.getDocumentInformation().getAuthor()).isEqualTo(FILER);
        }
    }

    /**
     * Fail closed: evidence whose authorship cannot be removed (here an encrypted PDF) does not reach the
     * unit at all; it is sent back to the investigation with a line saying the office holds the original.
     */
    @Test
    void evidenceThatCannotBeCleanedIsWithheldFromTheUnit() throws Exception {
        long objection = investigated(EvidenceCopiesTest.encryptedPdf());
        long fileId = jdbc.queryForObject("select id from objection_file where objection_id = ?", Long.class,
                objection);

        MvcResult unit = mvc.perform(get("/publication/investigations/" + objection + "/files/" + fileId)
                        .with(users.as("recommender")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/publication/investigations/" + objection)).andReturn();
        assertThat(unit.getResponse().getHeader("Content-Disposition")).isNull();
        assertThat(unit.getResponse().getContentAsByteArray()).isEmpty();
        assertThat((String) unit.getFlashMap().get(Answers.ERROR)).contains("材料1.pdf").contains("原件由工程办公室保存");

        // the office still has the original as filed
        MockHttpServletResponse office = mvc.perform(get("/publication/objections/" + objection + "/files/" + fileId)
                .with(users.as("office"))).andExpect(status().isOk()).andReturn().getResponse();
        try (PDDocument original = Loader.loadPDF(office.getContentAsByteArray())) {
            assertThat(original.isEncrypted()).isTrue();
        }
    }

    private long investigated() throws Exception {
        return investigated(pdfBy(FILER));
    }

    /** A real-name objection with a PDF (whose name names the filer), sent to the recommending unit. */
    private long investigated(byte[] pdf) throws Exception {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", 1);
        var form = new ObjectionForm();
        form.setApplicationId(inNotice.batch().applicationIds().get(0));
        form.setName(FILER);
        form.setContact(CONTACT);
        form.setContent("反映其论文数据存在造假嫌疑，请核实。");
        var evidence = new MockMultipartFile("files", FILE_NAME, "application/pdf", pdf);
        String receipt = objections.file(inNotice.noticeId(), form, List.of(evidence),
                "10.99.0." + System.nanoTime() % 250);
        long objection = objections.byReceipt(receipt).orElseThrow().getId();
        objections.triage(objection, true, "请调查核实", notices.today().plusDays(5), data.actor("office"));
        return objection;
    }

    private static byte[] pdfBy(String author) throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setAuthor(author);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
