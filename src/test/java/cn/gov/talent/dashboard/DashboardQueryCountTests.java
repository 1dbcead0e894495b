package cn.gov.talent.dashboard;

import static cn.gov.talent.application.ApplicationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.talent.program.BatchStage;
import cn.gov.talent.recommendation.Nominations;
import cn.gov.talent.support.BatchScenario;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.NoticeScenario;
import cn.gov.talent.support.StatementCount;
import cn.gov.talent.support.TestData;

/**
 * The dashboard runs one statement per figure, grouped by batch: the office's and a recommending unit's home pages
 * run the same number of statements with three more open batches at every step (applications, places and lists,
 * an extension, a review round, a confirmed proposed list, a public notice with an objection).
 */
@IntegrationTest
class DashboardQueryCountTests {

    @Autowired
    StatementCount statements;

    @Autowired
    BatchScenario scenario;

    @Autowired
    NoticeScenario notices;

    @Autowired
    Nominations nominations;

    @Autowired
    TestData data;

    @Test
    void theHomePagesRunAsManyStatementsWhateverTheNumberOfBatches() throws Exception {
        moreBatches();
        long office = statements.of("office", "/");
        long unit = statements.of("recommender", "/");

        for (int i = 0; i < 3; i++) {
            moreBatches();
        }

        assertThat(statements.of("office", "/")).as("the office's home page with three more batches").isEqualTo(office);
        assertThat(statements.of("recommender", "/")).as("the unit's home page with three more batches")
                .isEqualTo(unit);
        // the bound of QueryCountTests: the six figures of the dashboard are six statements
        assertThat(office).isLessThanOrEqualTo(13);
    }

    /** A batch in nomination with every figure of the stage, and one in its public notice with an objection. */
    private void moreBatches() {
        BatchScenario.Fresh batch = scenario.batch(BatchStage.NOMINATION);
        scenario.timetable(batch, data.today().minusDays(2), data.today().plusDays(3), null, null);
        scenario.applications(batch, SUBMITTED, 1);
        var endorsed = scenario.applications(batch, ENDORSED, 2);
        scenario.applications(batch, FORWARDED, 1);
        nominations.setQuota(batch.batchId(), data.unitId("NC-HRSS"), 2, data.actor("office"));
        nominations.setQuota(batch.batchId(), data.unitId("JJ-HRSS"), 1, data.actor("office"));
        nominations.extendDeadline(batch.batchId(), data.unitId("JJ-HRSS"), data.today().plusDays(1), "材料补充中。",
                data.actor("office"));
        nominations.nominate(endorsed.get(0), data.actor("recommender"), "经综合评价，同意推荐。");
        NoticeScenario.InNotice inNotice = notices.inNotice("320", 1);
        notices.object(inNotice.noticeId(), inNotice.batch().applicationIds().get(0));
    }
}
