package cn.gov.talent.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.application.ApplicationCountFolding;
import cn.gov.talent.support.IntegrationTest;

/**
 * The counts the database keeps for the statistics and the home pages (V42, V42_1, V42_2, ADR 0035) equal what
 * counting the rows themselves gives: after everything the suite did before this class (it runs late: every
 * transition of every test went through the triggers), and after bulk changes of every kind made here in a
 * transaction that is rolled back (inserts, updates that move rows between lines, a record moving to another
 * unit, category and year, deletes).
 */
@IntegrationTest
@Order(Integer.MAX_VALUE - 1) // after the other tests, before the route fuzzer
class CountsAreKeptInStepTests {

    /** The lines the counts should have, from the applications themselves. */
    static final String APPLICATIONS_COUNTED = """
            select batch_id, category_id, unit_path, status,
                   application_stage(status, recommender_opinion_at, endorsed_at, submitted_at) as stage,
                   submitted_at is not null as submitted, endorsed_at is not null as endorsed, employer_unit_id,
                   program_id, batch_year, count(*) as n
            from application group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10""";

    /** What the readers read: the folded counts and the deltas not yet folded (V45). */
    static final String APPLICATIONS_KEPT = """
            select batch_id, category_id, unit_path, status, stage, submitted, endorsed, employer_unit_id, program_id,
                   batch_year, sum(n) as n
            from application_counts group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 having sum(n) <> 0""";

    /** The folded counts alone, right after a fold. */
    static final String APPLICATIONS_FOLDED = """
            select batch_id, category_id, unit_path, status, stage, submitted, endorsed, employer_unit_id, program_id,
                   batch_year, n
            from application_count where n <> 0""";

    static final String TALENT_COUNTED = """
            select s.figure, s.year, s.key, r.unit_path, r.year as record_year, r.category_id, count(*) as n,
                   sum(s.major) as major
            from talent_year_source s join talent_record r on r.id = s.talent_record_id group by 1, 2, 3, 4, 5, 6""";

    static final String TALENT_KEPT = """
            select figure, year, key, unit_path, record_year, category_id, n, major
            from talent_year_count where n <> 0 or major <> 0""";

    static final String FUNDS_COUNTED = """
            select d.year, d.unit_path, g.category_id, sum(d.committed) as committed, sum(d.paid) as paid
            from (select t.grant_id, t.unit_path, cast(extract(year from t.due_on) as int) as year,
                         t.amount as committed, cast(0 as numeric) as paid
                  from funding_tranche t where t.status <> 'CANCELLED'
                  union all
                  select t.grant_id, t.unit_path, cast(extract(year from t.paid_on) as int), cast(0 as numeric),
                         t.paid_amount
                  from funding_tranche t where t.status = 'PAID') d
            join funding_grant g on g.id = d.grant_id
            group by 1, 2, 3""";

    static final String FUNDS_KEPT = """
            select year, unit_path, category_id, committed, paid
            from funding_year_count where committed <> 0 or paid <> 0""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationCountFolding folding;

    @Test
    void afterEverythingTheSuiteDidTheKeptCountsEqualTheRows() {
        assertSame();
    }

    @Test
    void foldingTheDeltasChangesNoFigureAndLeavesNoDelta() {
        List<Map<String, Object>> before = rows(APPLICATIONS_KEPT);
        folding.fold();
        assertThat(rows(APPLICATIONS_KEPT)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(rows(APPLICATIONS_FOLDED)).containsExactlyInAnyOrderElementsOf(rows(APPLICATIONS_COUNTED));
        assertThat(jdbc.queryForObject("select count(*) from application_count_delta", Long.class)).isZero();
        assertThat(folding.fold()).as("nothing left to fold").isZero();
    }

    @Test
    void bulkChangesOfEveryKindKeepThemInStep() {
        transactions.executeWithoutResult(status -> {
            // applications: drafts submitted, submitted ones endorsed, one moved to another employer, one deleted
            jdbc.update("""
                    update application set status = 'SUBMITTED', submitted_at = status_changed_at
                    where id in (select id from application where status = 'DRAFT' order by id limit 3)""");
            jdbc.update("""
                    update application set status = 'ENDORSED', endorsed_at = status_changed_at
                    where id in (select id from application where status = 'SUBMITTED' order by id limit 3)""");
            jdbc.update("""
                    update application set unit_path = unit_path || 'moved/'
                    where id = (select min(id) from application where status = 'SELECTED')""");
            jdbc.update("""
                    insert into application (serial_no, batch_id, category_id, applicant_id, applicant_name,
                        employer_unit_id, employer_name, unit_path, status, submitted_at, status_changed_at, created_at,
                        program_id, batch_year)
                    select 'KEPT-' || u.id, a.batch_id, a.category_id, u.id, a.applicant_name, a.employer_unit_id,
                        a.employer_name, a.unit_path, 'SUBMITTED', a.status_changed_at, a.status_changed_at,
                        a.created_at, a.program_id, a.batch_year
                    from application a cross join lateral (select x.id from app_user x where not exists (
                        select 1 from application y where y.applicant_id = x.id and y.batch_id = a.batch_id)
                        order by x.id limit 2) u
                    where a.id = (select min(id) from application)""");
            jdbc.update("delete from application where serial_no like 'KEPT-%' and applicant_id = (select max(applicant_id) from application where serial_no like 'KEPT-%')");
            // talent records: one moved to another unit, category and year with everything it counts
            jdbc.update("""
                    update talent_record set unit_path = unit_path || 'moved/', year = year - 1,
                        category_id = (select max(id) from program_category)
                    where id = (select min(talent_record_id) from yearly_report where status = 'FILED')""");
            // yearly reports graded, outputs made major and deleted
            jdbc.update("""
                    update yearly_report set status = 'FILED', grade = 'EXCELLENT'
                    where id in (select id from yearly_report where status = 'SUBMITTED' order by id limit 2)""");
            jdbc.update("update talent_output set major = not major where id in (select id from talent_output order by id limit 3)");
            jdbc.update("""
                    insert into talent_output (talent_record_id, kind, title, achieved_on, level, author_rank, funded,
                        acknowledged, recorded_by, recorded_at, major)
                    select talent_record_id, kind, title || '2', achieved_on, level, author_rank, funded, acknowledged,
                        recorded_by, recorded_at, true
                    from talent_output order by id limit 2""");
            jdbc.update("delete from talent_output where id = (select max(id) from talent_output)");
            // tranches paid, moved and cancelled
            jdbc.update("""
                    update funding_tranche set unit_path = unit_path || 'moved/'
                    where id in (select id from funding_tranche where status = 'SCHEDULED' order by id limit 2)""");
            jdbc.update("""
                    update funding_tranche set status = 'CANCELLED', cancelled_at = coalesce(released_at, paid_at)
                    where id in (select id from funding_tranche where status = 'RELEASED' order by id limit 1)""");
            assertSame();
            folding.fold();
            assertSame();
            status.setRollbackOnly();
        });
        assertSame();
    }

    private void assertSame() {
        assertThat(rows(APPLICATIONS_KEPT)).containsExactlyInAnyOrderElementsOf(rows(APPLICATIONS_COUNTED));
        assertThat(rows(TALENT_KEPT)).containsExactlyInAnyOrderElementsOf(rows(TALENT_COUNTED));
        assertThat(rows(FUNDS_KEPT)).containsExactlyInAnyOrderElementsOf(rows(FUNDS_COUNTED));
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc.queryForList(sql).stream().map(row -> {
            // numbers compared by value whatever their SQL type (bigint count against bigint sum, numeric scale)
            row.replaceAll((column, value) -> value instanceof Number number
                    ? new java.math.BigDecimal(number.toString()).stripTrailingZeros() : value);
            return row;
        }).toList();
    }
}
