package cn.gov.talent.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.StatementCount;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;

/**
 * The funding lists run a fixed number of statements: six fresh people at six employers, first without an
 * amount (the office's list of them), then each with three tranches; each list measured with 2 and with 6
 * rows on the page (at least six exist), so a per-row query would add four statements. The bounds: the
 * tranches 5 (the reader, the page and its count, two to spare); the people without an amount 6 (the reader,
 * the page and its count, the category names, two to spare); the totals per employer 6 (the reader, the
 * page and its count, the grand total, two to spare); the extension requests 6 (the reader, the page and
 * its count, the people of the page in one query, two to spare). A person's page reads a fixed number
 * whatever the number of funds and tranches: at most 14.
 */
@IntegrationTest
class FundingQueryCountTests {

    static final long TRANCHES_BOUND = 5;

    static final long UNPLANNED_BOUND = 6;

    static final long TOTALS_BOUND = 6;

    static final long EXTENSIONS_BOUND = 6;

    static final long PERSON_BOUND = 14;

    /** The demo's employers the six people are moved to before their amounts are set. */
    static final List<String> EMPLOYERS = List.of("NCU", "JXCC", "NC-ZHIYUAN", "JJU", "GZ-HOSP", "JXUFE");

    @Autowired
    TalentScenario scenario;

    @Autowired
    SupportPlans plans;

    @Autowired
    Grants grants;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCount statements;

    @Test
    void theFundingListsDoNotGrowWithTheirRows() throws Exception {
        List<Talent> talents = scenario.published(6);
        for (int i = 0; i < talents.size(); i++) {
            scenario.employedBy(talents.get(i).recordId(), EMPLOYERS.get(i));
        }
        Actor office = data.actor("office");
        long category = jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class,
                talents.get(0).recordId());
        SupportPlan project = plans.create(FundingRequests.shuangGaoProject(category), office);
        plans.create(FundingRequests.plan(category, FundKind.STUDY, "10000", "50000", 3, 0, 0, ReleaseCondition.NONE,
                null), office);

        assertBounded("office", "/funding/unplanned", UNPLANNED_BOUND);

        for (Talent talent : talents) {
            grants.setAmount(talent.recordId(), project.getId(), new BigDecimal("150000"), office);
        }
        String prefix = talents.get(0).certificateNo().substring(0, talents.get(0).certificateNo().lastIndexOf('-'));
        assertBounded("office", "/funding?q=" + prefix, TRANCHES_BOUND);
        assertBounded("office", "/funding", TRANCHES_BOUND);
        assertBounded("supervisor", "/funding?status=SCHEDULED", TRANCHES_BOUND);
        assertBounded("recommender", "/funding", TRANCHES_BOUND);
        assertBounded("employer", "/funding", TRANCHES_BOUND);
        assertBounded("office", "/funding/totals", TOTALS_BOUND);
        assertBounded("office", "/funding/totals?year=" + (data.year() + 1), TOTALS_BOUND);
        assertBounded("recommender", "/funding/totals", TOTALS_BOUND);
        assertBounded("office", "/funding/extensions", EXTENSIONS_BOUND);

        // one person with two funds, and the same page with one: no more statements for more funds or tranches
        long person = talents.get(0).recordId();
        long one = statements.of("office", get("/funding/records/" + person));
        grants.setAmount(person, plans.ofCategory(category).stream().filter(p -> p.getKind() == FundKind.STUDY)
                .findFirst().orElseThrow().getId(), new BigDecimal("30000"), office);
        long two = statements.of("office", get("/funding/records/" + person));
        assertThat(one).as("a person's page with one fund").isLessThanOrEqualTo(PERSON_BOUND);
        assertThat(two).as("a person's page with two funds").isLessThanOrEqualTo(PERSON_BOUND).isLessThanOrEqualTo(one);
    }

    /** The page with 2 rows and with 6: within the bound, and no more statements for more rows. */
    private void assertBounded(String username, String path, long bound) throws Exception {
        String separator = path.contains("?") ? "&" : "?";
        long two = statements.of(username, get(path + separator + "size=2"));
        long six = statements.of(username, get(path + separator + "size=6"));
        assertThat(two).as(username + " " + path + " with 2 rows").isLessThanOrEqualTo(bound);
        // with every row on one page Spring Data skips the count query, so the larger page may need one fewer
        assertThat(six).as(username + " " + path + " with 6 rows").isLessThanOrEqualTo(bound).isLessThanOrEqualTo(two);
    }
}
