package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.StatementCount;

/**
 * Key pages run a small, fixed number of SQL statements whatever the page size: no N+1.
 * Counted with Hibernate's statistics (statements Hibernate prepares).
 */
@IntegrationTest
class QueryCountTests {

    @Autowired
    StatementCount statements;

    @ParameterizedTest(name = "{0} {1}: at most {2} statements")
    @CsvSource({
            "office, /applications, 6",
            "recommender, /applications, 6",
            "office, /audit, 3",
            "admin, /admin/users, 6",
            "office, /review/experts, 5",
            // one more since tracking (the office's after-selection work in one statement), one since the
            // filing with 省委人才办 (published lists not yet filed), one since funding (tranches to release and
            // to pay, extensions to decide, in one statement), and one since mobility (transfers and conversions to
            // decide, in one statement), and six since the dashboard (工作台: the open batches, their applications by
            // status, the recommending units' lists, the latest review rounds, the departments consulted, the public
            // notices with their objections; each one statement grouped by batch, DashboardQueryCountTests)
            "office, /, 13",
            "admin, /admin/units, 2",
            "applicant, /notifications, 3",
            "employer, /applications?status=SUBMITTED&q=, 6"})
    void pageRunsABoundedNumberOfStatements(String username, String path, long limit) throws Exception {
        long small = statements.of(username, path + "?size=2");
        long large = statements.of(username, path + "?size=100");
        // with every row on one page Spring Data skips the count query, so a large page may need one fewer
        assertThat(large).as("statements with 100 rows per page").isLessThanOrEqualTo(limit)
                .isLessThanOrEqualTo(small);
        assertThat(small).as("statements with 2 rows per page").isLessThanOrEqualTo(limit);
    }

    @Test
    void theDossierPageRunsABoundedNumberOfStatements() throws Exception {
        long draft = jdbc.queryForObject("select id from application where applicant_name = '何雨桐'", Long.class);
        // sections are one JSON document and attachments one query: the count does not grow with entries
        assertThat(statements.of("applicant02", "/applications/" + draft + "/dossier")).isLessThanOrEqualTo(20);
        // the detail page adds history, versions, attachments and the eligibility check: still a fixed count
        assertThat(statements.of("employer", "/applications/" + jdbc.queryForObject(
                "select id from application where applicant_name = '林晓峰'", Long.class))).isLessThanOrEqualTo(18);
    }

    @Autowired
    JdbcTemplate jdbc;
}
