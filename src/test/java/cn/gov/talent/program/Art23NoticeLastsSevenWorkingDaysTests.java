package cn.gov.talent.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.audit.AuditLabels;
import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.publication.Notices;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.ReviewScenario;
import cn.gov.talent.support.TestData;

/**
 * 002 art. 23: 创业人才项目、青年项目拟入选名单须通过媒体向社会公示，公示期为7个工作日. The notice minimum
 * is data, for a program or one of its categories, with the rule it comes from: a batch's notice runs at
 * least the longest of them, and a refusal names the rule. The demo's 青年项目 carries it from the seeds,
 * and its batch's notice runs 7 working days.
 */
@IntegrationTest
class Art23NoticeLastsSevenWorkingDaysTests {

    private static final String ART_23 = "《国家海外高层次人才引进计划管理办法》第二十三条";

    private static final AtomicInteger PROGRAMS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    Programs programs;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditLabels labels;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReviewScenario review;

    @Autowired
    Notices notices;

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long programId(String code) {
        return jdbc.queryForObject("select id from program where code = ?", Long.class, code);
    }

    /** A batch of a year the program has none of, its dates within that year and ahead of today. */
    private MockHttpServletRequestBuilder batch(long program, int year, int noticeWorkingDays) {
        return post("/programs/" + program + "/batches/new").with(users.as("office")).with(csrf())
                .param("year", String.valueOf(year)).param("title", year + "年度青年项目（公示期测试）")
                .param("stage", "DRAFT").param("applicationOpens", year + "-03-01")
                .param("applicationCloses", year + "-04-30").param("referenceDate", year + "-12-31")
                .param("noticeWorkingDays", String.valueOf(noticeWorkingDays));
    }

    @Test
    void theDemosYoungTalentsNoticeRunsSevenWorkingDays() {
        assertThat(jdbc.queryForObject("""
                select c.min_notice_working_days from program_category c join program p on p.id = c.program_id
                where p.code = 'QR' and c.code = 'YOUTH'""", Integer.class)).isEqualTo(7);
        assertThat(jdbc.queryForObject("select notice_working_days from batch where id = ?", Integer.class,
                data.batchId("QR"))).isEqualTo(7);
    }

    @Test
    void aYoungTalentsBatchWithAShorterNoticeIsRefusedNamingTheArticle() throws Exception {
        long qr = programId("QR");
        int year = data.year() + 5;
        String form = html(get("/programs/" + qr + "/batches/new").with(users.as("office")));
        assertThat(form).contains("不少于 7 个工作日（青年项目，依据：" + ART_23 + "）")
                .containsPattern("<input(?=[^>]*name=\"noticeWorkingDays\")(?=[^>]*value=\"7\")[^>]*>");

        String refused = html(batch(qr, year, 5));
        assertThat(refused).contains("公示期不得少于 7 个工作日（青年项目，依据：" + ART_23 + "）")
                .contains("value=\"" + year + "年度青年项目（公示期测试）\"");
        assertThat(jdbc.queryForObject("select count(*) from batch where program_id = ? and year = ?", Integer.class,
                qr, year)).isZero();

        mvc.perform(batch(qr, year, 7)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select notice_working_days from batch where program_id = ? and year = ?",
                Integer.class, qr, year)).isEqualTo(7);
    }

    @Test
    void theOfficeSetsACategorysMinimumWithItsBasisAndTheLongestHolds() throws Exception {
        String code = "QRT" + PROGRAMS.incrementAndGet() + System.nanoTime() % 10000;
        Program program = programs.createProgram(code, "千人计划（公示期测试）" + code, ProgramTier.NATIONAL, "测试",
                List.<String[]>of(new String[] {"INNOVATION", "创新人才长期项目"}, new String[] {"STARTUP", "创业人才项目"}));
        long id = program.getId();
        long innovation = program.getCategories().get(0).getId();
        long startup = program.getCategories().get(1).getId();
        int year = data.year() + 1;
        // a batch in preparation with the usual 5 working days
        mvc.perform(batch(id, year, 5)).andExpect(status().is3xxRedirection());

        MockHttpServletRequestBuilder limits = post("/programs/" + id + "/limits").with(users.as("office")).with(csrf())
                .param("minNoticeWorkingDays", "5").param("minNoticeBasis", "工程规定")
                .param("categories[0].id", String.valueOf(innovation))
                .param("categories[1].id", String.valueOf(startup)).param("categories[1].minNoticeWorkingDays", "7");
        assertThat(html(limits)).contains("请注明依据（文件及条款）");
        assertThat(html(limits.param("categories[1].minNoticeBasis", ART_23)))
                .contains(year + "年度青年项目（公示期测试）的公示期为 5 个工作日，少于 7 个工作日：请先修改该批次");
        assertThat(jdbc.queryForObject("select min_notice_working_days from program_category where id = ?",
                Integer.class, startup)).isNull();

        // the batch is moved to 7 first, then the rule is set
        long batch = jdbc.queryForObject("select id from batch where program_id = ? and year = ?", Long.class, id,
                year);
        mvc.perform(post("/programs/batches/" + batch).with(users.as("office")).with(csrf())
                .param("year", String.valueOf(year)).param("title", year + "年度青年项目（公示期测试）").param("stage", "DRAFT")
                .param("applicationOpens", year + "-03-01").param("applicationCloses", year + "-04-30")
                .param("referenceDate", year + "-12-31").param("noticeWorkingDays", "7"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(limits).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select min_notice_working_days, min_notice_basis from program_category where id = ?",
                startup)).containsEntry("min_notice_working_days", 7).containsEntry("min_notice_basis", ART_23);
        AuditRecord set = audit.historyOf("CATEGORY", startup).get(0);
        assertThat(set.getAction()).isEqualTo("SET_NOTICE_MINIMUM");
        assertThat(labels.note(set, Locale.SIMPLIFIED_CHINESE)).isEqualTo("公示期不少于 7 个工作日，依据：" + ART_23);
        assertThat(audit.historyOf("PROGRAM", id)).extracting(AuditRecord::getAction).contains("SET_NOTICE_MINIMUM");

        // the category's 7 is longer than the program's 5: it holds for the whole batch, named with its rule
        String shorter = html(post("/programs/batches/" + batch).with(users.as("office")).with(csrf())
                .param("year", String.valueOf(year)).param("title", year + "年度青年项目（公示期测试）").param("stage", "DRAFT")
                .param("applicationOpens", year + "-03-01").param("applicationCloses", year + "-04-30")
                .param("referenceDate", year + "-12-31").param("noticeWorkingDays", "6"));
        assertThat(shorter).contains("公示期不得少于 7 个工作日（创业人才项目，依据：" + ART_23 + "）");
        assertThat(html(get("/programs").with(users.as("office"))))
                .contains("公示期不少于 7 个工作日（" + ART_23 + "）");
    }

    @Test
    void aNoticeShorterThanTheRuleDoesNotStartEvenIfTheRuleCameLater() {
        ReviewScenario.Batch batch = review.proposed("320", 1);
        String code = jdbc.queryForObject("select p.code from batch b join program p on p.id = b.program_id "
                + "where b.id = ?", String.class, batch.batchId());
        // the rule set after the batch, bypassing the limits page (which would name the batch)
        programs.setNoticeMinimum(code, "PRO", 7, ART_23);
        assertThatThrownBy(() -> notices.start(batch.batchId(), notices.today(), "来信来电：0791-86000000", true,
                data.actor("office"))).isInstanceOf(Refusal.class).hasMessage("notice.belowMinimum");

        jdbc.update("update batch set notice_working_days = 7 where id = ?", batch.batchId());
        long notice = notices.start(batch.batchId(), notices.today(), "来信来电：0791-86000000", true,
                data.actor("office")).getId();
        assertThat(jdbc.queryForObject("select working_days from public_notice where id = ?", Integer.class, notice))
                .isEqualTo(7);
    }
}
