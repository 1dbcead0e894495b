package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.NoticeScenario;
import cn.gov.talent.support.TestData;

/**
 * 004 §二(三): the batch's stage follows the work — the notice moves it to NOTICE, the list's
 * publication to PUBLISHED, each audited — and the public page lists only batches that take
 * applications today (open, within their window). The demo's live notice is on a batch whose window has
 * closed (百千万 国家级人选推荐), not on a batch still taking applications.
 */
@IntegrationTest
class BatchStageFollowsTheWorkTests {

    @Autowired
    NoticeScenario scenario;

    @Autowired
    Notices notices;

    @Autowired
    Publications publications;

    @Autowired
    Programs programs;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void thePublicationMovesTheBatchOn() throws Exception {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", 1);
        long batch = inNotice.batch().batchId();
        assertThat(programs.batch(batch).orElseThrow().stage()).isEqualTo(BatchStage.NOTICE);

        Actor office = data.actor("office");
        LocalDate today = notices.today();
        jdbc.update("update public_notice set starts_on = ?, ends_on = ? where id = ?", today.minusDays(10),
                today.minusDays(1), inNotice.noticeId());
        publications.approve(batch, office);
        publications.publish(batch, office);

        assertThat(programs.batch(batch).orElseThrow().stage()).isEqualTo(BatchStage.PUBLISHED);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where subject_type = 'BATCH'"
                + " and subject_id = ? and action = 'ADVANCE_STAGE'", Long.class, batch)).isEqualTo(2);
        String title = programs.batch(batch).orElseThrow().title();
        String open = mvc.perform(get("/public/batches")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(open).doesNotContain(title);
    }

    @Test
    void theDemosLiveNoticeIsOnABatchNoLongerTakingApplications() {
        long live = jdbc.queryForObject("select batch_id from public_notice where ends_on >= ? order by id limit 1",
                Long.class, notices.today());
        var batch = programs.batch(live).orElseThrow();
        assertThat(batch.stage()).isEqualTo(BatchStage.NOTICE);
        assertThat(batch.acceptsApplications(notices.today())).isFalse();
    }
}
