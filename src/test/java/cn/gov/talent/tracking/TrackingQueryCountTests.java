package cn.gov.talent.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
 * The tracking lists run a fixed number of statements: six fresh people, each with a yearly report in
 * the queue being measured, then at the end of their cycle; each list measured with 2 and with 6 rows on
 * the page (at least six rows exist), so a per-row query would add four statements. The bounds: the
 * list of people 7 (the reader, the page and its count, the programs and the category names, and two to
 * spare); a queue of reports 6 (the reader, the page and its count, the people of the page in one
 * query, two to spare); the final assessments due 6 (the reader, the page and its count, the category
 * names, two to spare).
 */
@IntegrationTest
class TrackingQueryCountTests {

    static final long PEOPLE_BOUND = 8;

    static final long QUEUE_BOUND = 6;

    static final long FINAL_ASSESSMENTS_BOUND = 6;

    @Autowired
    TalentScenario scenario;

    @Autowired
    YearlyReports reports;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCount statements;

    @Test
    void theTrackingListsDoNotGrowWithTheirRows() throws Exception {
        List<Talent> talents = scenario.published(6);
        String prefix = talents.get(0).certificateNo().substring(0, talents.get(0).certificateNo().lastIndexOf('-'));

        assertBounded("office", "/talents?q=" + prefix, PEOPLE_BOUND);
        assertBounded("office", "/talents", PEOPLE_BOUND);
        assertBounded("recommender", "/talents", PEOPLE_BOUND);
        assertBounded("employer", "/talents", PEOPLE_BOUND);

        // a report from each person, waiting for the employer, then the recommending unit, then the office
        List<Long> submitted = talents.stream().map(talent -> {
            scenario.reportWindowOpen(talent.recordId());
            return reports.submit(talent.recordId(), 1, "完成第一年度目标。", data.actor(talent.owner())).getId();
        }).toList();
        assertBounded("employer", "/talents/reports", QUEUE_BOUND);
        Actor employer = data.actor("employer");
        submitted.forEach(report -> reports.grade(report, Grade.PASS, "合格。", employer));
        assertBounded("recommender", "/talents/reports", QUEUE_BOUND);
        Actor recommender = data.actor("recommender");
        submitted.forEach(report -> reports.confirm(report, recommender));
        assertBounded("office", "/talents/reports", QUEUE_BOUND);

        talents.forEach(talent -> scenario.cycleEnding(talent.recordId()));
        assertBounded("office", "/talents/final-assessments", FINAL_ASSESSMENTS_BOUND);
        assertBounded("supervisor", "/talents/final-assessments", FINAL_ASSESSMENTS_BOUND);
    }

    /**
     * The 人选信息库 with every filter set and a sort, as the office, a recommending unit and an employer see
     * it, and its export: six people of one program with the same profile, so that every filter keeps them all.
     */
    @Test
    void theDatabaseSearchDoesNotGrowWithItsRows() throws Exception {
        List<Talent> talents = scenario.published(6);
        long program = jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class,
                talents.get(0).recordId());
        for (Talent talent : talents) {
            jdbc.update("""
                    update talent_record set gender = 'F', birth_date = ?, discipline_code = '110',
                        discipline_group = (select group_name from discipline where code = '110'),
                        title_level = 'SENIOR', last_grade = 'PASS', last_grade_year = ? where id = ?""",
                    java.sql.Date.valueOf(data.today().minusYears(40)), data.year() - 1, talent.recordId());
        }
        String group = jdbc.queryForObject("select group_name from discipline where code = '110'", String.class);
        String everything = "/talents?programId=" + program + "&year=" + data.year() + "&status=ACTIVE&q=&gender=F"
                + "&ageBand=FROM_36_TO_45&ageOn=" + data.today() + "&discipline=110&disciplineGroup=" + group
                + "&title=SENIOR&lastGrade=PASS&province=36&region=CENTRAL&employer=南昌&recommenderId="
                + data.unitId("NC-HRSS") + "&order=NAME&dir=desc";
        for (String username : List.of("office", "recommender", "employer")) {
            assertBounded(username, "/talents?programId=" + program + "&order=BIRTH_DATE", PEOPLE_BOUND);
            assertBounded(username, everything, PEOPLE_BOUND);
        }
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
