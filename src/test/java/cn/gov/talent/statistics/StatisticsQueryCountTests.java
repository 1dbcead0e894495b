package cn.gov.talent.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.ReviewScenario;
import cn.gov.talent.support.StatementCount;
import cn.gov.talent.support.TalentScenario;

/**
 * The statistics pages run a fixed number of statements whatever the data: each page is measured, for the
 * office and for a recommending unit, and measured again after more applications and more selected people
 * are added (a fresh batch of six qualified applications, four people published): the counts must not
 * change. The bounds: what to count (the programs with their categories, the batches, the organisation tree)
 * and one statement per owning module — the funnel 1; the selected people 2 (their breakdowns and their
 * profile); after selection 4 (the states, the assessments, the outputs, the funds) — with two to spare.
 */
@IntegrationTest
class StatisticsQueryCountTests {

    static final List<String> PAGES = List.of("/statistics", "/statistics/selection", "/statistics/people",
            "/statistics/after-selection", "/statistics/selection?year=2026&unitId=1",
            "/statistics/people?categoryId=1", "/statistics/after-selection?programId=1");

    static final long SELECTION_BOUND = 6;

    static final long PEOPLE_BOUND = 7;

    static final long AFTER_SELECTION_BOUND = 9;

    @Autowired
    StatementCount statements;

    @Autowired
    ReviewScenario review;

    @Autowired
    TalentScenario scenario;

    @Test
    void theStatisticsPagesDoNotGrowWithTheData() throws Exception {
        long[][] before = measured();
        review.qualified("320", 6, Collections.nCopies(6, List.of()));
        scenario.published(4);
        long[][] after = measured();
        for (int account = 0; account < 2; account++) {
            for (int page = 0; page < PAGES.size(); page++) {
                String what = (account == 0 ? "office " : "recommender ") + PAGES.get(page);
                assertThat(after[account][page]).as(what + ", more data").isEqualTo(before[account][page]);
                assertThat(before[account][page]).as(what).isLessThanOrEqualTo(bound(PAGES.get(page)));
            }
        }
    }

    private long[][] measured() throws Exception {
        long[][] counts = new long[2][PAGES.size()];
        String[] accounts = {"office", "recommender"};
        for (int account = 0; account < 2; account++) {
            for (int page = 0; page < PAGES.size(); page++) {
                counts[account][page] = statements.of(accounts[account], PAGES.get(page));
            }
        }
        return counts;
    }

    private static long bound(String page) {
        return page.startsWith("/statistics/people") ? PEOPLE_BOUND
                : page.startsWith("/statistics/after-selection") ? AFTER_SELECTION_BOUND : SELECTION_BOUND;
    }
}
