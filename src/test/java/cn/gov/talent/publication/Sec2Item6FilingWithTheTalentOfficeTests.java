package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.NoticeScenario;
import cn.gov.talent.support.TestData;

/**
 * 004 §二(三)6 公布备案: 由省人力资源社会保障厅审定公布入选名单…并报省委人才办备案. After a list is published the
 * office records its filing with the provincial party committee's talent office: the date filed, the document
 * number (文号), a note and the receipt; refused before publication and a second time (a correction, with a
 * reason, puts a mistake right); audited and named in both languages; shown on the batch page with who and
 * when; the office's home page counts published lists not yet filed; the list for the filing downloads as
 * Excel (name, gender, employer, title, category, program; no ID number).
 */
@IntegrationTest
class Sec2Item6FilingWithTheTalentOfficeTests {

    static final String DOCUMENT_NO = "赣人社字〔2026〕12号";

    @Autowired
    NoticeScenario scenario;

    @Autowired
    IdNumberCipher idNumbers;

    @Autowired
    Notices notices;

    @Autowired
    Publications publications;

    @Autowired
    TalentOfficeFilings filings;

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

    /** A fresh batch of {@code count} people, its notice over, approved and published today. */
    private NoticeScenario.InNotice published(int count) {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", count);
        LocalDate today = notices.today();
        jdbc.update("update public_notice set starts_on = ?, ends_on = ? where id = ?", today.minusDays(10),
                today.minusDays(1), inNotice.noticeId());
        Actor office = data.actor("office");
        publications.approve(inNotice.batch().batchId(), office);
        publications.publish(inNotice.batch().batchId(), office);
        return inNotice;
    }

    private long listsToFile() {
        return workItems.workFor(data.currentUser(accounts.findByUsername("office").orElseThrow())).stream()
                .filter(item -> item.messageKey().equals("work.filings")).mapToLong(WorkItem::count).sum();
    }

    private String body(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long audited(long batch, String action) {
        return jdbc.queryForObject("select count(*) from audit_record where subject_type = 'BATCH' and subject_id = ?"
                + " and action = ?", Long.class, batch, action);
    }

    private static MockMultipartFile receipt() {
        return new MockMultipartFile("receipt", "备案回执.pdf", "application/pdf",
                Art23QualificationQuestionsAreExplainedByTheEmployerTests.onePagePdf());
    }

    @Test
    void aListIsFiledOnlyAfterItIsPublished() throws Exception {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", 1);
        long batch = inNotice.batch().batchId();
        refusedWith(() -> filings.file(batch, notices.today(), DOCUMENT_NO, null, null, data.actor("office")),
                "filing.notPublished");
        mvc.perform(multipart("/publication/batches/" + batch + "/filing").with(users.as("office")).with(csrf())
                .param("filedOn", notices.today().toString()).param("documentNo", DOCUMENT_NO))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorText", Matchers.containsString("名单尚未公布")));
        assertThat(filings.ofBatch(batch)).isEmpty();
        assertThat(audited(batch, "FILE_WITH_TALENT_OFFICE")).isZero();
        mvc.perform(get("/publication/batches/" + batch + "/filing.xlsx").with(users.as("office")))
                .andExpect(status().isNotFound());
        assertThat(body(get("/publication/batches/" + batch), "office")).doesNotContain("data-testid=\"filing\"");
    }

    @Test
    void theOfficeRecordsTheFilingOnceWithWhoAndWhenAndTheHomePageCountsListsNotYetFiled() throws Exception {
        long before = listsToFile();
        NoticeScenario.InNotice inNotice = published(2);
        long batch = inNotice.batch().batchId();
        assertThat(listsToFile()).isEqualTo(before + 1);
        assertThat(body(get("/"), "office")).contains("份已公布名单待报省委人才办备案");
        assertThat(body(get("/publication/batches/" + batch), "office")).contains("data-testid=\"filing-awaited\"",
                "id=\"record-filing\"", "/publication/batches/" + batch + "/filing.xlsx");
        assertThat(body(get("/publication"), "office")).contains("待备案");

        Actor office = data.actor("office");
        LocalDate today = notices.today();
        refusedWith(() -> filings.file(batch, today.plusDays(1), DOCUMENT_NO, null, null, office),
                "filing.filedOnFuture");
        refusedWith(() -> filings.file(batch, today.minusDays(1), DOCUMENT_NO, null, null, office),
                "filing.filedOnBeforePublication");
        refusedWith(() -> filings.file(batch, null, DOCUMENT_NO, null, null, office), "filing.filedOnRequired");
        refusedWith(() -> filings.file(batch, today, " ", null, null, office), "filing.documentNoRequired");
        refusedWith(() -> filings.file(batch, today, DOCUMENT_NO, null, new MockMultipartFile("receipt", "回执.pdf",
                "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)), office), "attachment.wrongType");
        // the supervisor sees, the office acts
        mvc.perform(multipart("/publication/batches/" + batch + "/filing").with(users.as("supervisor")).with(csrf())
                .param("filedOn", today.toString()).param("documentNo", DOCUMENT_NO))
                .andExpect(status().isForbidden());
        assertThat(filings.ofBatch(batch)).isEmpty();

        mvc.perform(multipart("/publication/batches/" + batch + "/filing").file(receipt()).with(users.as("office"))
                .with(csrf()).param("filedOn", today.toString()).param("documentNo", DOCUMENT_NO)
                .param("note", "随文报送入选名单 2 人。"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successText", Matchers.containsString("已登记报省委人才办备案")));
        TalentOfficeFiling filing = filings.ofBatch(batch).orElseThrow();
        assertThat(filing.getDocumentNo()).isEqualTo(DOCUMENT_NO);
        assertThat(filing.getFiledOn()).isEqualTo(today);
        assertThat(filing.getRecordedBy()).isEqualTo("office");
        assertThat(filing.hasReceipt()).isTrue();
        assertThat(listsToFile()).isEqualTo(before);
        assertThat(audited(batch, "FILE_WITH_TALENT_OFFICE")).isEqualTo(1);

        String page = body(get("/publication/batches/" + batch), "supervisor");
        assertThat(page).contains(DOCUMENT_NO, today.toString(), "随文报送入选名单 2 人。", "备案回执.pdf", "office 于 ")
                .doesNotContain("id=\"record-filing\"");
        assertThat(body(get("/publication"), "office")).contains("已备案");

        // once: a second filing is refused with what is on file, and nothing changes
        refusedWith(() -> filings.file(batch, today, "赣人社字〔2026〕13号", null, null, office), "filing.alreadyFiled");
        mvc.perform(multipart("/publication/batches/" + batch + "/filing").with(users.as("office")).with(csrf())
                .param("filedOn", today.toString()).param("documentNo", "赣人社字〔2026〕13号"))
                .andExpect(flash().attribute("errorText", Matchers.containsString(DOCUMENT_NO)));
        assertThat(filings.ofBatch(batch).orElseThrow().getDocumentNo()).isEqualTo(DOCUMENT_NO);
        assertThat(audited(batch, "FILE_WITH_TALENT_OFFICE")).isEqualTo(1);

        // the receipt downloads for the office and the supervisor, audited
        for (String user : List.of("office", "supervisor")) {
            long downloads = jdbc.queryForObject("select count(*) from audit_record where action = 'DOWNLOAD'"
                    + " and actor_username = ? and subject_label = 'FILING_RECEIPT'", Long.class, user);
            mvc.perform(get("/publication/batches/" + batch + "/filing/receipt").with(users.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")));
            assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'DOWNLOAD'"
                    + " and actor_username = ? and subject_label = 'FILING_RECEIPT'", Long.class, user))
                    .isEqualTo(downloads + 1);
        }
        mvc.perform(get("/publication/batches/" + batch + "/filing/receipt").with(users.as("employer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMistakeIsCorrectedWithAReasonAndTheTrailKeepsBothValues() throws Exception {
        long batch = published(1).batch().batchId();
        Actor office = data.actor("office");
        LocalDate today = notices.today();
        refusedWith(() -> filings.correct(batch, today, DOCUMENT_NO, null, null, "文号写错", office), "filing.notFiled");
        filings.file(batch, today, "赣人社字〔2026〕21号", null, null, office);

        refusedWith(() -> filings.correct(batch, today, DOCUMENT_NO, null, null, " ", office), "filing.reasonRequired");
        refusedWith(() -> filings.correct(batch, today, "赣人社字〔2026〕21号", null, null, "核对", office),
                "filing.correctionChangesNothing");
        filings.correct(batch, today, DOCUMENT_NO, null, null, "文号录入错误", office);
        TalentOfficeFiling filing = filings.ofBatch(batch).orElseThrow();
        assertThat(filing.getDocumentNo()).isEqualTo(DOCUMENT_NO);
        assertThat(filing.getCorrectionReason()).isEqualTo("文号录入错误");
        assertThat(filing.hasReceipt()).isFalse();

        // the receipt that came later is added by a correction too
        mvc.perform(multipart("/publication/batches/" + batch + "/filing/correction").file(receipt())
                .with(users.as("office")).with(csrf()).param("filedOn", today.toString())
                .param("documentNo", DOCUMENT_NO).param("reason", "补充上传备案回执"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successText", Matchers.containsString("已更正备案信息")));
        assertThat(filings.ofBatch(batch).orElseThrow().hasReceipt()).isTrue();
        assertThat(audited(batch, "CORRECT_TALENT_OFFICE_FILING")).isEqualTo(2);
        assertThat(body(get("/publication/batches/" + batch), "office")).contains("补充上传备案回执", DOCUMENT_NO);

        String trail = body(get("/audit?subjectType=BATCH&subjectId=" + batch), "supervisor");
        assertThat(trail).contains("报省委人才办备案", "文号 赣人社字〔2026〕21号，备案日期 " + today, "更正备案信息",
                "文号 赣人社字〔2026〕21号 改为 " + DOCUMENT_NO, "文号录入错误")
                .doesNotContain("FILE_WITH_TALENT_OFFICE", "CORRECT_TALENT_OFFICE_FILING");
        String english = body(get("/audit?lang=en&subjectType=BATCH&subjectId=" + batch), "supervisor");
        assertThat(english).contains("File with the provincial talent office", "Correct the talent office filing",
                "Document 赣人社字〔2026〕21号, filed on " + today)
                .doesNotContain("FILE_WITH_TALENT_OFFICE", "CORRECT_TALENT_OFFICE_FILING");
    }

    @Test
    void theListForTheFilingHasThePublishedPeopleWithoutIdNumbers() throws Exception {
        NoticeScenario.InNotice inNotice = published(2);
        long batch = inNotice.batch().batchId();
        long downloads = jdbc.queryForObject("select count(*) from audit_record where action = 'DOWNLOAD'"
                + " and actor_username = 'office' and subject_label = 'FILING_LIST'", Long.class);
        byte[] xlsx = mvc.perform(get("/publication/batches/" + batch + "/filing.xlsx").with(users.as("office")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'DOWNLOAD'"
                + " and actor_username = 'office' and subject_label = 'FILING_LIST'", Long.class))
                .isEqualTo(downloads + 1);

        List<List<String>> rows = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        assertThat(rows.get(1)).containsExactly("序号", "姓名", "性别", "工作单位", "职称", "类别", "人才工程");
        String program = jdbc.queryForObject("select p.name from program p join batch b on b.program_id = p.id"
                + " where b.id = ?", String.class, batch);
        List<String> names = jdbc.queryForList("select applicant_name from application where batch_id = ?"
                + " and status = 'SELECTED' order by category_id, serial_no", String.class, batch);
        assertThat(rows).hasSize(2 + names.size());
        for (int i = 0; i < names.size(); i++) {
            List<String> row = rows.get(2 + i);
            assertThat(row.get(0)).isEqualTo(String.valueOf(i + 1));
            assertThat(row.get(1)).isEqualTo(names.get(i));
            assertThat(row.get(3)).isEqualTo("南昌大学");
            assertThat(row.get(6)).isEqualTo(program);
        }
        String all = rows.toString();
        assertThat(PublicationFlowTests.ID_NUMBER.matcher(all).find()).as("an ID number in the filing list").isFalse();
        for (String sealed : jdbc.queryForList("select applicant_id_number_cipher from application where batch_id = ?"
                + " and applicant_id_number_cipher is not null", String.class, batch)) {
            assertThat(all).doesNotContain(idNumbers.decrypt(sealed));
        }
        mvc.perform(get("/publication/batches/" + batch + "/filing.xlsx").with(users.as("recommender")))
                .andExpect(status().isForbidden());
    }
}
