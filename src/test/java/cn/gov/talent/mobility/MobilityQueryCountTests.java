package cn.gov.talent.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.program.Programs;
import cn.gov.talent.program.TermKind;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.StatementCount;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;

/**
 * The mobility lists run a fixed number of statements: six fresh people of 南昌大学, each asking to move to
 * 四川大学 and to convert their project from short-term to long-term; each list measured with 2 and with 6
 * rows on the page, so a per-row query would add four statements. The bound: the reader, the page and its
 * count, and two to spare.
 */
@IntegrationTest
class MobilityQueryCountTests {

    static final long LIST_BOUND = 5;

    @Autowired
    TalentScenario scenario;

    @Autowired
    Transfers transfers;

    @Autowired
    Conversions conversions;

    @Autowired
    Programs programs;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCount statements;

    @Test
    void theTransferAndConversionListsDoNotGrowWithTheirRows() throws Exception {
        List<Talent> talents = scenario.published(6);
        long record = talents.get(0).recordId();
        long program = jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class, record);
        long shortTerm = jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class, record);
        Actor office = data.actor("office");
        programs.addCategory(program, "LONG", "创新人才长期项目", office);
        long longTerm = jdbc.queryForObject("select id from program_category where program_id = ? and code = 'LONG'",
                Long.class, program);
        programs.setMobility(shortTerm, TermKind.SHORT, false, office);
        programs.setMobility(longTerm, TermKind.LONG, false, office);
        for (Talent talent : talents) {
            Actor person = data.actor(talent.owner());
            transfers.request(talent.recordId(), data.unitId("SCU"), "到四川大学工作。", "家庭原因，确需流动。", person);
            conversions.request(talent.recordId(), longTerm, "已签订长期工作合同。", person);
        }

        for (String reader : List.of("office", "supervisor", "employer", "recommender", "employer08", "recommender06")) {
            assertBounded(reader, "/transfers");
        }
        assertBounded("employer", "/transfers?waiting=true");
        assertBounded("office", "/conversions?status=REQUESTED");
        assertBounded("employer", "/conversions");
    }

    /** The page with 2 rows and with 6: within the bound, and no more statements for more rows. */
    private void assertBounded(String username, String path) throws Exception {
        String separator = path.contains("?") ? "&" : "?";
        long two = statements.of(username, get(path + separator + "size=2"));
        long six = statements.of(username, get(path + separator + "size=6"));
        assertThat(two).as(username + " " + path + " with 2 rows").isLessThanOrEqualTo(LIST_BOUND);
        // with every row on one page Spring Data skips the count query, so the larger page may need one fewer
        assertThat(six).as(username + " " + path + " with 6 rows").isLessThanOrEqualTo(LIST_BOUND)
                .isLessThanOrEqualTo(two);
    }
}
