package cn.gov.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.ProgramTier;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;
import cn.gov.talent.web.Answers;

/** Draft → save → check → submit (or refusal) → return → resubmit as version 2 → diff → endorse. */
@IntegrationTest
class DossierFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    IdNumberCipher idNumbers;

    /** A new applicant who is {@code age} on the demo batches' reference date (born 15 June). */
    private UserAccount applicantAged(int age, String unit) {
        UserAccount user = data.newUser("dossier", unit, Role.APPLICANT);
        String first17 = "360102" + data.bornAged(age).getYear() + "0615" + String.format("%03d", (int) (user.getId() % 1000));
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        transaction.executeWithoutResult(s -> accounts.find(user.getId()).orElseThrow()
                .setIdNumber(idNumbers.seal(idNumber)));
        return user;
    }

    private long start(UserAccount user, String program, String category) throws Exception {
        String location = mvc.perform(post("/applications/new").with(users.as(user.getUsername())).with(csrf())
                        .param("batchId", String.valueOf(data.batchId(program)))
                        .param("categoryId", String.valueOf(data.categoryId(program, category))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.replaceAll("\\D+(\\d+)/dossier", "$1"));
    }

    /**
     * A save of a 双高工程 专业技术 dossier, whose achievement conditions include 主持省级科研项目, declaring
     * 全职在我省创新创业 (004 §二(二)1).
     */
    private MockHttpServletRequestBuilder save(UserAccount user, long id, long version, String action) {
        return save(user, id, version, action, "PROVINCIAL_PROJECT_LEAD").param("conditionsDeclared",
                "FULL_TIME_IN_JIANGXI");
    }

    /** A save whose achievement is of this kind: one of the category's conditions, or OTHER. */
    private MockHttpServletRequestBuilder save(UserAccount user, long id, long version, String action,
            String achievementKind) {
        return post("/applications/" + id + "/dossier").with(users.as(user.getUsername())).with(csrf())
                .param("action", action).param("version", String.valueOf(version))
                .param("phone", "13912345678").param("email", "a@example.cn").param("disciplineCode", "320")
                .param("degree", "DOCTOR").param("title", "SENIOR").param("skill", "NONE")
                .param("achievements[0].kind", achievementKind)
                .param("achievements[0].description", "主持省级重点研发项目");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    private MvcResult upload(UserAccount user, long id, String kind, String name,
            byte[] content) throws Exception {
        return mvc.perform(multipart("/applications/" + id + "/attachments")
                        .file(new MockMultipartFile("file", name, "application/pdf", content))
                        .param("kind", kind).with(users.as(user.getUsername())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from dossier where application_id = ?", Long.class, id);
    }

    @Test
    void anOverAgeApplicantSeesWhyAndSubmitsWithAnExceptionThenResubmitsAfterAReturn() throws Exception {
        UserAccount applicant = applicantAged(51, "NCU");
        long id = start(applicant, "SG", "PRO");

        mvc.perform(save(applicant, id, -1, "save")).andExpect(status().is3xxRedirection());
        String page = html(get("/applications/" + id + "/dossier").with(users.as(applicant.getUsername())));
        assertThat(page).contains("年龄 51 岁，超过上限 45 岁（以 " + data.referenceDate() + " 计）")
                .contains("已填写业绩“主持过 1 项省级科研项目”，请上传证明材料");

        assertThat(upload(applicant, id, "PROVINCIAL_PROJECT_LEAD", "项目任务书.pdf", PDF).getFlashMap()
                .get("successText")).isEqualTo("附件已上传。");
        upload(applicant, id, "FULL_TIME_IN_JIANGXI", "劳动合同及社保缴纳证明.pdf", PDF);

        // not eligible and no exception: refused, nothing submitted
        mvc.perform(save(applicant, id, version(id), "submit")).andExpect(status().is3xxRedirection());
        assertThat(data.status(id)).isEqualTo("DRAFT");

        mvc.perform(save(applicant, id, version(id), "submit").param("exceptionRequested", "true")
                .param("exceptionJustification", "获国家科技进步二等奖，业绩特别突出")).andExpect(status().is3xxRedirection());
        assertThat(data.status(id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select exception_requested from application where id = ?", Boolean.class, id))
                .isTrue();

        // frozen while submitted
        mvc.perform(save(applicant, id, version(id), "save")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from dossier_version where application_id = ?", Integer.class, id))
                .isEqualTo(1);

        mvc.perform(post("/applications/" + id + "/decision").with(users.as("employer")).with(csrf())
                .param("event", "RETURN").param("reason", "请补充获奖证书")).andExpect(status().is3xxRedirection());
        assertThat(data.status(id)).isEqualTo("RETURNED");

        mvc.perform(save(applicant, id, version(id), "submit").param("exceptionRequested", "true")
                        .param("exceptionJustification", "获国家科技进步二等奖，业绩特别突出")
                        .param("achievements[1].kind", "NATIONAL_SCI_AWARD")
                        .param("achievements[1].description", "国家科技进步二等奖（排名第 2）")
                        .param("achievements[1].level", "NATIONAL").param("achievements[1].rank", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(data.status(id)).isEqualTo("SUBMITTED");

        String diff = html(get("/applications/" + id + "/diff?from=1&to=2").with(users.as("employer")));
        assertThat(diff).contains("业绩成果 第 2 项 · 具体说明").contains("achievements[2].kind").contains("NATIONAL_SCI_AWARD")
                .contains("国家科技进步二等奖（排名第 2）");
        String detail = html(get("/applications/" + id).with(users.as("employer")));
        assertThat(detail).contains("已提出破格申请").contains("第 2 版")
                .contains("年龄 51 岁，超过上限 45 岁（以 " + data.referenceDate() + " 计）");
        String version = html(get("/applications/" + id + "/versions/2").with(users.as("employer")));
        assertThat(version).contains("国家科技进步二等奖（排名第 2）").contains("获国家科技进步二等奖，业绩特别突出")
                .contains("项目任务书.pdf").contains("139****5678").doesNotContain("13912345678")
                .contains("国家级").contains("排名第 2");
        mvc.perform(get("/applications/" + id + "/versions/2").with(users.as("employer02"))).andExpect(status().isNotFound());
        mvc.perform(get("/applications/" + id + "/versions/9").with(users.as("employer"))).andExpect(status().isNotFound());

        var refused = mvc.perform(post("/applications/" + id + "/decision").with(users.as("employer")).with(csrf())
                .param("event", "ENDORSE").param("opinion", " ")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) refused.getFlashMap().get("errorText")).isEqualTo("“审核通过”须填写单位意见");
        assertThat(data.status(id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/applications/" + id + "/decision").with(users.as("employer")).with(csrf())
                .param("event", "ENDORSE").param("opinion", "经审核，申报材料真实，同意推荐。"))
                .andExpect(status().is3xxRedirection());
        assertThat(data.status(id)).isEqualTo("ENDORSED");
    }

    @Test
    void aSecondTabSavingOlderDataGetsAConflictAndOverwritesNothing() throws Exception {
        UserAccount applicant = applicantAged(38, "JXCC");
        long id = start(applicant, "BQW", "PROV");
        mvc.perform(save(applicant, id, -1, "save", "OTHER").param("trainingGoals", "第一个窗口")).andExpect(status().is3xxRedirection());
        String second = html(save(applicant, id, -1, "save", "OTHER").param("trainingGoals", "第二个窗口"));
        assertThat(second).contains("已在其他窗口中保存过").contains("第二个窗口");
        assertThat(jdbc.queryForObject("select content from dossier where application_id = ?", String.class, id))
                .contains("第一个窗口").doesNotContain("第二个窗口");
    }

    @Test
    void anAlteredVersionIsExplainedInTheSummaryAndTheTextKept() throws Exception {
        UserAccount applicant = applicantAged(38, "NCU");
        long id = start(applicant, "BQW", "PROV");
        String page = html(post("/applications/" + id + "/dossier").with(users.as(applicant.getUsername()))
                .with(csrf()).param("action", "save").param("version", "abc").param("trainingGoals", "建成实验室"));
        assertThat(page).contains("页面已过期或被改动").contains("建成实验室");
    }

    @Test
    void uploadingFromTheDossierSavesWhatWasTypedFirst() throws Exception {
        UserAccount applicant = applicantAged(38, "NCU");
        long id = start(applicant, "BQW", "PROV");
        mvc.perform(multipart("/applications/" + id + "/dossier")
                        .file(new MockMultipartFile("file", "立项文件.pdf", "application/pdf", PDF))
                        .with(users.as(applicant.getUsername())).with(csrf()).param("action", "upload")
                        .param("kind", "OTHER").param("version", "-1").param("phone", "13912345678")
                        .param("email", "a@example.cn").param("disciplineCode", "320").param("degree", "DOCTOR")
                        .param("title", "SENIOR").param("skill", "NONE").param("trainingGoals", "尚未保存的培养目标"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successText", "草稿已保存，附件已上传。"));
        assertThat(jdbc.queryForObject("select content from dossier where application_id = ?", String.class, id))
                .contains("尚未保存的培养目标");
        assertThat(jdbc.queryForObject("select count(*) from attachment where application_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    /**
     * A file chosen but not uploaded is never dropped silently: Save saves the draft and says the file was
     * not uploaded; Submit saves, does not submit, and says so; an upload whose draft is refused says the
     * file was not taken either. Each time the file must be chosen again.
     */
    @Test
    void aChosenFileThatWasNotUploadedIsToldAndMustBeChosenAgain() throws Exception {
        UserAccount applicant = applicantAged(38, "NCU");
        long id = start(applicant, "BQW", "PROV");
        var file = new MockMultipartFile("file", "立项文件.pdf", "application/pdf", PDF);

        MvcResult saved = mvc.perform(multipart("/applications/" + id + "/dossier").file(file)
                        .with(users.as(applicant.getUsername())).with(csrf()).param("action", "save")
                        .param("kind", "OTHER").param("version", "-1").param("phone", "13912345678")
                        .param("email", "a@example.cn").param("disciplineCode", "320").param("degree", "DOCTOR")
                        .param("title", "SENIOR").param("skill", "NONE").param("trainingGoals", "保存时选了文件"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) saved.getFlashMap().get(Answers.SUCCESS)).isEqualTo("申报材料已保存。");
        assertThat((String) saved.getFlashMap().get(Answers.ERROR)).contains("所选文件没有上传", "重新选择文件");
        assertThat(jdbc.queryForObject("select content from dossier where application_id = ?", String.class, id))
                .contains("保存时选了文件");

        MvcResult submitted = mvc.perform(multipart("/applications/" + id + "/dossier").file(file)
                        .with(users.as(applicant.getUsername())).with(csrf()).param("action", "submit")
                        .param("kind", "OTHER").param("version", String.valueOf(version(id)))
                        .param("phone", "13912345678").param("email", "a@example.cn").param("disciplineCode", "320")
                        .param("degree", "DOCTOR").param("title", "SENIOR").param("skill", "NONE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/applications/" + id + "/dossier#s-attachments")).andReturn();
        assertThat((String) submitted.getFlashMap().get(Answers.ERROR)).contains("申报材料没有提交", "重新选择文件");
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, id))
                .isEqualTo("DRAFT");

        String refused = mvc.perform(multipart("/applications/" + id + "/dossier").file(file)
                        .with(users.as(applicant.getUsername())).with(csrf()).param("action", "upload")
                        .param("kind", "OTHER").param("version", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("所选文件没有上传").contains("页面已过期或被改动");
        assertThat(jdbc.queryForObject("select count(*) from attachment where application_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void anEndBeforeTheStartIsExplainedAndTheRowKept() throws Exception {
        UserAccount applicant = applicantAged(36, "NCU");
        long id = start(applicant, "QR", "YOUTH");
        String page = html(save(applicant, id, -1, "save", "OTHER").param("work[0].employer", "斯坦福大学")
                .param("work[0].country", "US").param("work[0].start", "2022-01-01").param("work[0].end", "2021-01-01")
                .param("trainingGoals", "<script>alert(1)</script>"));
        assertThat(page).contains("结束日期不能早于开始日期").contains("value=\"斯坦福大学\"")
                .doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(jdbc.queryForObject("select count(*) from dossier where application_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void othersCannotOpenOrSaveSomeoneElsesDossier() throws Exception {
        UserAccount applicant = applicantAged(41, "NCU");
        long id = start(applicant, "SG", "SKILL");
        mvc.perform(get("/applications/" + id + "/dossier").with(users.as("applicant"))).andExpect(status().isNotFound());
        mvc.perform(post("/applications/" + id + "/dossier").with(users.as("applicant")).with(csrf())
                .param("version", "-1")).andExpect(status().isNotFound());
        mvc.perform(post("/applications/" + id + "/decision").with(users.as("employer02")).with(csrf())
                .param("event", "ENDORSE")).andExpect(status().isNotFound());
        mvc.perform(post("/applications/" + id + "/decision").with(users.as("employer")).with(csrf())
                .param("event", "NOMINATE")).andExpect(status().isNotFound());
    }

    @Test
    void aSecondProgramInTheSameYearIsRefusedEvenWithAnExceptionRequest() throws Exception {
        UserAccount applicant = applicantAged(40, "NCU");
        long first = start(applicant, "BQW", "PROV");
        mvc.perform(save(applicant, first, -1, "submit", "OTHER")).andExpect(status().is3xxRedirection());
        assertThat(data.status(first)).isEqualTo("SUBMITTED");

        long second = start(applicant, "SG", "PRO");
        String page = html(get("/applications/" + second + "/dossier").with(users.as(applicant.getUsername())));
        // 002 art. 13: the refusal names the program and the application that block
        String firstSerial = jdbc.queryForObject("select serial_no from application where id = ?", String.class, first);
        assertThat(page).contains("本年度已申报 百千万人才工程（省级人选） " + firstSerial + "，同一年度不得通过多个渠道同时申报");
        var refusal = mvc.perform(save(applicant, second, -1, "submit").param("exceptionRequested", "true")
                .param("exceptionJustification", "特别优秀")).andReturn();
        assertThat((String) refusal.getFlashMap().get("errorText")).contains("不能破格");
        assertThat(data.status(second)).isEqualTo("DRAFT");
    }

    @Test
    void uploadsAreCheckedByContentAndSizeAndDownloadedOnlyWithinTheScope() throws Exception {
        UserAccount applicant = applicantAged(39, "NCU");
        long id = start(applicant, "QR", "YOUTH");
        byte[] executable = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        assertThat((String) upload(applicant, id, "WORK_CONTRACT", "合同.pdf", executable).getFlashMap().get("errorText"))
                .contains("只接受 PDF、JPG、PNG 文件");
        byte[] huge = new byte[21 * 1024 * 1024];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThat((String) upload(applicant, id, "WORK_CONTRACT", "合同.pdf", huge).getFlashMap().get("errorText"))
                .contains("超过 20 MB");
        assertThat(jdbc.queryForObject("select count(*) from attachment where application_id = ?", Integer.class, id))
                .isZero();

        upload(applicant, id, "INTENT_LETTER", "../../etc/意向协议.pdf", PDF);
        var row = jdbc.queryForMap("select id, file_name, sha256, content_type from attachment where application_id = ?", id);
        assertThat(row.get("file_name")).isEqualTo("意向协议.pdf");
        assertThat(row.get("content_type")).isEqualTo("application/pdf");
        assertThat((String) row.get("sha256")).hasSize(64);
        String url = "/applications/" + id + "/attachments/" + row.get("id");
        mvc.perform(get(url).with(users.as(applicant.getUsername()))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment")));
        // the employer sees drafts of nobody; after submission it may download, another employer never
        mvc.perform(get(url).with(users.as("employer"))).andExpect(status().isNotFound());
        mvc.perform(save(applicant, id, -1, "save", "OTHER")).andExpect(status().is3xxRedirection());
        String check = html(get("/applications/" + id + "/dossier").with(users.as(applicant.getUsername())));
        assertThat(check).contains("必备材料齐全");
        mvc.perform(get(url).with(users.as("employer02"))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(users.as("recommender02"))).andExpect(status().isNotFound());
    }

    @Test
    void theLiveCheckAnswersForWhatIsOnTheScreenAndStoresNothing() throws Exception {
        UserAccount applicant = applicantAged(34, "NCU");
        long id = start(applicant, "BQW", "PROV");
        String fragment = html(post("/applications/" + id + "/eligibility").with(users.as(applicant.getUsername()))
                .with(csrf()).param("degree", "MASTER").param("title", "INTERMEDIATE").param("skill", "NONE"));
        assertThat(fragment).contains("须具备以下之一").contains("尚未保存").doesNotContain("<html");
        String better = html(post("/applications/" + id + "/eligibility").with(users.as(applicant.getUsername()))
                .with(csrf()).param("degree", "MASTER").param("title", "DEPUTY_SENIOR").param("skill", "NONE"));
        assertThat(better).contains("具有副高级职称");
        assertThat(jdbc.queryForObject("select count(*) from dossier where application_id = ?", Integer.class, id))
                .isZero();
        mvc.perform(post("/applications/" + id + "/eligibility").with(users.as("applicant")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aClosedBatchTakesNoNewApplication() throws Exception {
        UserAccount applicant = applicantAged(42, "NCU");
        var refused = mvc.perform(post("/applications/new").with(users.as(applicant.getUsername())).with(csrf())
                        .param("batchId", String.valueOf(data.batchId("SG", data.year() - 1)))
                        .param("categoryId", String.valueOf(data.categoryId("SG", "PRO"))))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) refused.getFlashMap().get("errorText")).contains("不在申报期内");
        assertThat(jdbc.queryForObject("select count(*) from application where applicant_id = ?", Integer.class,
                applicant.getId())).isZero();

        var today = data.today();
        var closedYesterday = new BatchSummary(1, 1, "SG", "双高", ProgramTier.PROVINCIAL, data.year(), "测试批次",
                BatchStage.OPEN, today.minusDays(30), today.minusDays(1), null, null, null);
        assertThatThrownBy(() -> applications.requireWindow(closedYesterday,
                closedYesterday.applicationCloses())).isInstanceOf(Refusal.class);
        applications.requireWindow(closedYesterday, today);
    }

    @Autowired
    Applications applications;
}
