package cn.gov.talent.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.TransitionRefused;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.BatchForm;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/** Nominations stay within the quota, under concurrency too; quotas never go below what is used. */
@IntegrationTest
class NominationTests {

    /** The recommending unit's opinion (推荐意见) its nominations go with. */
    static final String OPINION = "经专家评审和组织考察，同意推荐。";

    @Autowired
    Nominations nominations;

    @Autowired
    Applications applications;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    private long endorsed(String unit, String employer, String program, String category) {
        UserAccount applicant = data.newUser("nominee", unit, Role.APPLICANT);
        Actor actor = Actor.of(data.currentUser(applicant));
        Application application = applications.createDraft(actor, applicant.getFullName(),
                data.batchId(program), data.categoryId(program, category), unit);
        applications.fire(application.getId(), WorkflowEvent.SUBMIT, actor, null, TransitionFacts.ALL_MET);
        applications.fire(application.getId(), WorkflowEvent.ENDORSE, data.actor(employer), "同意推荐。",
                TransitionFacts.NONE);
        return application.getId();
    }

    @Test
    void fiftyConcurrentNominationsAgainstAQuotaOfTenEndWithExactlyTen() throws Exception {
        long batch = data.batchId("BQW");
        long unit = data.unitId("GZ-HRSS");
        nominations.setQuota(batch, unit, 10, data.actor("office"));
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            candidates.add(endorsed("GZ-HOSP", "employer05", "BQW", "PROV"));
        }
        Actor recommender = data.actor("recommender03");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> results = new ArrayList<>();
        for (long id : candidates) {
            Callable<Boolean> nominate = () -> {
                try {
                    nominations.nominate(id, recommender, OPINION);
                    return true;
                } catch (Refusal refused) {
                    assertThat(refused.getMessage()).isEqualTo("quota.full");
                    return false;
                }
            };
            results.add(pool.submit(nominate));
        }
        int nominated = 0;
        int refused = 0;
        for (Future<Boolean> result : results) {
            if (result.get()) {
                nominated++;
            } else {
                refused++;
            }
        }
        pool.shutdown();
        assertThat(nominated).isEqualTo(10);
        assertThat(refused).isEqualTo(40);
        assertThat(jdbc.queryForObject("select used from quota where batch_id = ? and unit_id = ?", Integer.class,
                batch, unit)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from application where batch_id = ? and status = 'NOMINATED' "
                + "and id in (" + String.join(",", candidates.stream().map(String::valueOf).toList()) + ")",
                Integer.class, batch)).isEqualTo(10);

        // the quota cannot shrink below the ten nominated; a withdrawal gives a place back
        assertThatThrownBy(() -> nominations.setQuota(batch, unit, 9, data.actor("office")))
                .isInstanceOf(Refusal.class).hasMessage("quota.belowUsed");
        long withdrawn = jdbc.queryForObject("select id from application where status = 'NOMINATED' and id in ("
                + String.join(",", candidates.stream().map(String::valueOf).toList()) + ") limit 1", Long.class);
        long applicantId = jdbc.queryForObject("select applicant_id from application where id = ?", Long.class, withdrawn);
        String username = jdbc.queryForObject("select username from app_user where id = ?", String.class, applicantId);
        applications.fire(withdrawn, WorkflowEvent.WITHDRAW, data.actor(username), null, TransitionFacts.NONE);
        assertThat(jdbc.queryForObject("select used from quota where batch_id = ? and unit_id = ?", Integer.class,
                batch, unit)).isEqualTo(9);
    }

    @Test
    void aCategoryCapHoldsWithinTheUnitsQuotaAndAWithdrawalGivesBothPlacesBack() throws Exception {
        long batch = data.batchId("SG");
        long unit = data.unitId("JJ-HRSS");
        long skill = data.categoryId("SG", "SKILL");
        Actor office = data.actor("office");
        Actor recommender = data.actor("recommender02");
        assertThatThrownBy(() -> nominations.setCategoryQuota(batch, unit, skill, 1, office))
                .isInstanceOf(Refusal.class).hasMessage("quota.categoryNeedsQuota");
        nominations.setQuota(batch, unit, 3, office);
        assertThatThrownBy(() -> nominations.setCategoryQuota(batch, unit, skill, 4, office))
                .isInstanceOf(Refusal.class).hasMessage("quota.categoryRange");
        nominations.setCategoryQuota(batch, unit, skill, 1, office);

        long firstSkill = endorsed("JJU", "employer04", "SG", "SKILL");
        long secondSkill = endorsed("JJU", "employer04", "SG", "SKILL");
        long professional = endorsed("JJU", "employer04", "SG", "PRO");
        nominations.nominate(firstSkill, recommender, OPINION);
        assertThatThrownBy(() -> nominations.nominate(secondSkill, recommender, OPINION))
                .isInstanceOf(Refusal.class).hasMessage("quota.categoryFull");
        assertThat(nominations.quota(batch, unit).orElseThrow().getUsed()).as("the unit's place went back").isEqualTo(1);
        nominations.nominate(professional, recommender, OPINION);
        assertThat(nominations.quota(batch, unit).orElseThrow().getUsed()).isEqualTo(2);
        assertThatThrownBy(() -> nominations.setCategoryQuota(batch, unit, skill, null, office))
                .isInstanceOf(Refusal.class).hasMessage("quota.categoryTooLate");

        String applicant = jdbc.queryForObject("select u.username from app_user u join application a "
                + "on a.applicant_id = u.id where a.id = ?", String.class, firstSkill);
        applications.fire(firstSkill, WorkflowEvent.WITHDRAW, data.actor(applicant), null, TransitionFacts.NONE);
        assertThat(nominations.quota(batch, unit).orElseThrow().getUsed()).isEqualTo(1);
        nominations.nominate(secondSkill, recommender, OPINION);
        assertThat(data.status(secondSkill)).isEqualTo("NOMINATED");
        assertThat(mvc.perform(MockMvcRequestBuilders
                .get("/recommendation/quotas/" + batch).with(users.as("office"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("分类别名额", "已用 1");
    }

    @Test
    void withoutAQuotaOrOutsideTheSubtreeThereIsNoNomination() {
        long inNanchang = endorsed("JXCC", "employer02", "QR", "YOUTH");
        assertThatThrownBy(() -> nominations.nominate(inNanchang, data.actor("recommender"), OPINION))
                .isInstanceOf(Refusal.class).hasMessage("quota.none");
        assertThatThrownBy(() -> nominations.nominate(inNanchang, data.actor("recommender02"), OPINION))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> nominations.decline(inNanchang, data.actor("recommender"), " "))
                .isInstanceOf(TransitionRefused.class);
    }

    @Test
    void theRecommendingUnitNominatesDeclinesAndReturnsFromItsPage() throws Exception {
        long batch = data.batchId("SG");
        long unit = data.unitId("JX-HEALTH");
        nominations.setQuota(batch, unit, 1, data.actor("office"));
        long first = endorsed("JX-CANCER", "employer07", "SG", "PRO");
        long second = endorsed("JX-CANCER", "employer07", "SG", "PRO");
        long third = endorsed("JX-CANCER", "employer07", "SG", "PRO");
        String page = mvc.perform(get("/recommendation/batches/" + batch).with(users.as("recommender05")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("推荐名额：已用 0 / 共 1");
        // without an opinion nothing happens, and the page gets back what was typed for that candidate
        var withoutOpinion = act(first, "nominate", batch, " ");
        assertThat((String) withoutOpinion.getFlashMap().get("errorText")).isEqualTo("请填写意见");
        assertThat(withoutOpinion.getFlashMap().get("nominationForm")).extracting("applicationId").isEqualTo(first);
        assertThat(data.status(first)).isEqualTo("ENDORSED");
        var tooLong = act(first, "nominate", batch, "很好".repeat(501));
        assertThat((String) tooLong.getFlashMap().get("errorText")).isEqualTo("意见不能超过 1000 字，请精简");
        assertThat(tooLong.getFlashMap().get("nominationForm")).extracting("opinion").isEqualTo("很好".repeat(501));
        assertThat(nominations.quota(batch, unit).orElseThrow().getUsed()).isZero();
        act(first, "nominate", batch, OPINION);
        assertThat(jdbc.queryForObject("select recommender_opinion from application where id = ?", String.class, first))
                .isEqualTo(OPINION);
        var full = act(second, "nominate", batch, OPINION);
        assertThat((String) full.getFlashMap().get("errorText")).contains("推荐名额已用完");
        act(second, "decline", batch, "综合评价排名靠后");
        act(third, "return", batch, "请补充用人单位意见");
        assertThat(data.status(first)).isEqualTo("NOMINATED");
        assertThat(data.status(second)).isEqualTo("NOT_NOMINATED");
        assertThat(data.status(third)).isEqualTo("SUBMITTED");
        mvc.perform(get("/recommendation/batches/" + batch).with(users.as("employer"))).andExpect(status().isForbidden());
        mvc.perform(get("/recommendation/quotas/" + batch).with(users.as("recommender"))).andExpect(status().isForbidden());
        var below = mvc.perform(post("/recommendation/quotas/" + batch).with(users.as("office")).with(csrf())
                .param("unitId", String.valueOf(unit)).param("places", "0")).andReturn();
        assertThat((String) below.getFlashMap().get("errorText")).contains("名额不能少于已推荐的 1 人");
    }

    /** The unit's page acts on a candidate with the text typed: the opinion to nominate, else the reason. */
    private MvcResult act(long id, String action, long batch, String text)
            throws Exception {
        var request = post("/recommendation/applications/" + id).with(users.as("recommender05")).with(csrf())
                .param("action", action).param("batchId", String.valueOf(batch));
        if (text != null) {
            request = request.param(action.equals("nominate") ? "opinion" : "reason", text);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
    }

    @Autowired
    Programs programs;

    private long batchWithDeadline(int year, LocalDate deadline) {
        var form = new BatchForm();
        form.setYear(year);
        form.setTitle(year + "年度百千万人才工程测试批次");
        form.setStage(BatchStage.OPEN);
        form.setApplicationOpens(deadline.minusDays(60));
        form.setApplicationCloses(deadline.minusDays(30));
        form.setRecommenderDeadline(deadline);
        form.setReferenceDate(LocalDate.of(year, 12, 31));
        // a spare year with dates around today: outside the year and partly past, confirmed as the office would
        form.setTimetableConfirmed(true);
        long program = jdbc.queryForObject("select id from program where code = 'BQW'", Long.class);
        return programs.createBatch(program, form, data.actor("office")).id();
    }

    private long endorsedIn(long batch) {
        UserAccount applicant = data.newUser("fwd", "JJU", Role.APPLICANT);
        Actor actor = Actor.of(data.currentUser(applicant));
        Application application = applications.createDraft(actor, applicant.getFullName(), batch,
                data.categoryId("BQW", "PROV"), "九江学院");
        applications.fire(application.getId(), WorkflowEvent.SUBMIT, actor, null, TransitionFacts.ALL_MET);
        applications.fire(application.getId(), WorkflowEvent.ENDORSE, data.actor("employer04"), "同意推荐。",
                TransitionFacts.NONE);
        return application.getId();
    }

    @Test
    void theListIsForwardedWholeAfterTheNoticeWithinTheDeadlineAndThenLocked() {
        var today = data.today();
        long batch = batchWithDeadline(2031, today.plusDays(5));
        long unit = data.unitId("JJ-HRSS");
        Actor recommender = data.actor("recommender02");
        nominations.setQuota(batch, unit, 3, data.actor("office"));
        long first = endorsedIn(batch);
        long second = endorsedIn(batch);
        long third = endorsedIn(batch);
        nominations.nominate(first, recommender, OPINION);
        nominations.nominate(second, recommender, OPINION);

        assertThatThrownBy(() -> nominations.forward(batch, recommender)).hasMessage("nomination.forward.noticeFirst");
        assertThatThrownBy(() -> nominations.confirmNotice(batch, recommender, today.minusDays(3), today.plusDays(2),
                NoticeResult.NO_OBJECTION, null)).hasMessage("nomination.notice.notOver");
        assertThatThrownBy(() -> nominations.confirmNotice(batch, recommender, today.minusDays(8), today.minusDays(1),
                NoticeResult.OBJECTIONS_HANDLED, " ")).hasMessage("nomination.notice.noteRequired");
        nominations.recordEvaluation(batch, recommender, EvaluationMethod.BOTH, today.minusDays(10), "专家评审后组织考察");
        nominations.confirmNotice(batch, recommender, today.minusDays(8), today.minusDays(1), NoticeResult.NO_OBJECTION, null);

        assertThat(nominations.forward(batch, recommender)).isEqualTo(2);
        assertThat(data.status(first)).isEqualTo("FORWARDED");
        assertThat(data.status(second)).isEqualTo("FORWARDED");
        assertThatThrownBy(() -> nominations.nominate(third, recommender, OPINION)).hasMessage("nomination.locked");
        assertThatThrownBy(() -> nominations.forward(batch, recommender)).hasMessage("nomination.locked");
        assertThat(nominations.progress(batch)).filteredOn(row -> row.unitId() == unit).singleElement()
                .satisfies(row -> {
                    assertThat(row.forwarded()).isTrue();
                    assertThat(row.used()).isEqualTo(2);
                    assertThat(row.overdue()).isFalse();
                });
    }

    @Test
    void afterTheDeadlineOnlyAnExtensionLetsAUnitForward() {
        var today = data.today();
        long batch = batchWithDeadline(2032, today.minusDays(1));
        long unit = data.unitId("JJ-HRSS");
        Actor recommender = data.actor("recommender02");
        nominations.setQuota(batch, unit, 1, data.actor("office"));
        nominations.nominate(endorsedIn(batch), recommender, OPINION);
        nominations.confirmNotice(batch, recommender, today.minusDays(8), today.minusDays(1), NoticeResult.NO_OBJECTION, null);
        assertThatThrownBy(() -> nominations.forward(batch, recommender)).hasMessage("nomination.forward.overdue");
        assertThat(nominations.progress(batch)).filteredOn(row -> row.unitId() == unit).singleElement()
                .satisfies(row -> assertThat(row.overdue()).isTrue());

        assertThatThrownBy(() -> nominations.extendDeadline(batch, unit, today.plusDays(3), " ", data.actor("office")))
                .hasMessage("nomination.extension.required");
        nominations.extendDeadline(batch, unit, today.plusDays(3), "受汛期影响，延期三天", data.actor("office"));
        assertThat(nominations.forward(batch, recommender)).isEqualTo(1);
    }

    @Test
    void ranksAreSavedPerCategoryAndTiesRefused() throws Exception {
        long batch = data.batchId("SG");
        long a = endorsed("GZ-HOSP", "employer05", "SG", "PRO");
        long b = endorsed("GZ-HOSP", "employer05", "SG", "PRO");
        long skill = endorsed("GZ-HOSP", "employer05", "SG", "SKILL");
        Actor recommender = data.actor("recommender03");
        nominations.rank(a, recommender, 1);
        assertThatThrownBy(() -> nominations.rank(b, recommender, 1)).hasMessage("rank.taken");
        nominations.rank(skill, recommender, 1);
        nominations.rank(b, recommender, 2);
        nominations.rank(a, recommender, 3);
        nominations.rank(b, recommender, 1);
        assertThat(nominations.ranks(batch, data.unitId("GZ-HRSS"))).containsEntry(a, 3).containsEntry(b, 1)
                .containsEntry(skill, 1);
        nominations.rank(a, recommender, null);
        assertThat(nominations.ranks(batch, data.unitId("GZ-HRSS"))).doesNotContainKey(a);

        String refused = mvc.perform(post("/recommendation/applications/" + skill + "/rank").with(users.as("recommender03"))
                        .with(csrf()).param("rank", "0")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("排名须为 1 至 999 的整数").doesNotContain("<html");
        mvc.perform(post("/recommendation/applications/" + skill + "/rank").with(users.as("recommender02"))
                .with(csrf()).param("rank", "5")).andExpect(status().isOk());
        assertThat(nominations.ranks(batch, data.unitId("GZ-HRSS"))).containsEntry(skill, 1);
    }

    @Test
    void theNominationSummaryOpensInASpreadsheetWithTheOfficialColumns() throws Exception {
        long batch = data.batchId("QR");
        nominations.setQuota(batch, data.unitId("NC-HRSS"), 5, data.actor("office"));
        long nominee = endorsed("NC-ZHIYUAN", "employer03", "QR", "YOUTH");
        nominations.rank(nominee, data.actor("recommender"), 1);
        nominations.nominate(nominee, data.actor("recommender"), OPINION);
        byte[] xlsx = mvc.perform(get("/recommendation/batches/" + batch + "/summary.xlsx").with(users.as("recommender")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("推荐汇总表");
            List<String> header = new ArrayList<>();
            sheet.getRow(2).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("排名", "姓名", "性别", "出生日期", "工作单位", "职称", "申报类别", "学科", "评价方式");
            boolean found = false;
            for (var row : sheet) {
                if (row.getRowNum() > 2 && row.getCell(4).getStringCellValue().equals("NC-ZHIYUAN")
                        && row.getCell(0).getStringCellValue().equals("1")) {
                    found = true;
                    assertThat(row.getCell(6).getStringCellValue()).isEqualTo("青年项目");
                }
            }
            assertThat(found).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    /** A batch that does not exist: the 404 page, as a page, not offered as a download. */
    @Test
    void theSummaryOfAMissingBatchIsNotFoundAndNotADownload() throws Exception {
        var missing = mvc.perform(get("/recommendation/batches/999999/summary.xlsx").with(users.as("recommender")))
                .andExpect(status().isNotFound()).andReturn().getResponse();
        assertThat(missing.getHeader("Content-Disposition")).isNull();
        assertThat(missing.getContentType()).doesNotContain("spreadsheetml");

        long batch = data.batchId("QR");
        var found = mvc.perform(get("/recommendation/batches/" + batch + "/summary.xlsx").with(users.as("recommender")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(found.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(found.getContentType()).contains("spreadsheetml");
    }

    @Autowired
    AuditTrail audit;

    @Test
    void everyNomineeIsForwardedWithTheUnitsOpinionWhichItMayReviseUntilThen() {
        var today = data.today();
        long batch = batchWithDeadline(2033, today.plusDays(5));
        Actor recommender = data.actor("recommender02");
        nominations.setQuota(batch, data.unitId("JJ-HRSS"), 2, data.actor("office"));
        long first = endorsedIn(batch);
        nominations.nominate(first, recommender, OPINION);
        // nominated before an opinion was asked for (an upgrade): the list waits for one
        long second = endorsedIn(batch);
        applications.fire(second, WorkflowEvent.NOMINATE, recommender, null, TransitionFacts.NONE);
        nominations.confirmNotice(batch, recommender, today.minusDays(8), today.minusDays(1), NoticeResult.NO_OBJECTION, null);
        String secondName = applications.find(second).orElseThrow().getApplicantName();
        assertThatThrownBy(() -> nominations.forward(batch, recommender)).isInstanceOfSatisfying(Refusal.class,
                refused -> {
                    assertThat(refused.messageKey()).isEqualTo("nomination.forward.opinionMissing");
                    assertThat(refused.arguments()).containsExactly(secondName);
                });
        assertThatThrownBy(() -> nominations.reviseOpinion(second, recommender, " ")).hasMessage("opinion.required");
        assertThatThrownBy(() -> nominations.reviseOpinion(second, data.actor("recommender"), "越权"))
                .hasMessage("application.missing");
        nominations.reviseOpinion(second, recommender, "经考察，同意推荐。");
        nominations.reviseOpinion(first, recommender, "  经专家评审排名第一，同意推荐。 ");
        assertThat(applications.find(first).orElseThrow().getRecommenderOpinion()).isEqualTo("经专家评审排名第一，同意推荐。");
        assertThat(applications.find(first).orElseThrow().getRecommenderOpinionUnit()).isEqualTo("九江市人社局");
        assertThat(audit.historyOf("APPLICATION", first)).extracting(AuditRecord::getAction, AuditRecord::getReason,
                AuditRecord::getNoteKey).contains(tuple("NOMINATE", OPINION, "audit.note.opinion.NOMINATE"),
                        tuple("REVISE_NOMINATION_OPINION", "经专家评审排名第一，同意推荐。", "audit.note.opinion.NOMINATE"));

        assertThat(nominations.forward(batch, recommender)).isEqualTo(2);
        assertThatThrownBy(() -> nominations.reviseOpinion(first, recommender, "再改")).hasMessage("nomination.locked");
    }

    @Test
    void anotherUnitsRecommenderCannotActByUrlAndRanksAreAudited() throws Exception {
        long nanchang = endorsed("NCU", "employer", "SG", "SKILL");
        var attempt = mvc.perform(post("/recommendation/applications/" + nanchang).with(users.as("recommender02"))
                        .with(csrf()).param("action", "decline").param("reason", "越权").param("batchId",
                                String.valueOf(data.batchId("SG"))))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) attempt.getFlashMap().get("errorText")).contains("不存在");
        assertThat(data.status(nanchang)).isEqualTo("ENDORSED");
        mvc.perform(get("/applications/" + nanchang).with(users.as("recommender02"))).andExpect(status().isNotFound());

        nominations.rank(nanchang, data.actor("recommender"), 7);
        assertThat(audit.historyOf("APPLICATION", nanchang)).last().satisfies(record -> {
            assertThat(record.getAction()).isEqualTo("RANK");
            assertThat(record.getToState()).isEqualTo("7");
        });
    }
}
