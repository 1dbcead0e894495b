package cn.gov.talent.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Volume for the benchmark ({@code bench/run.sh}): with the {@code bench} profile, after the demo
 * data, adds applicants with one application each spread over every employer and status, and
 * five audit lines per application (300,000 applications and 1.5 million audit lines by default).
 * Bulk SQL on purpose: it only makes rows to measure against, it is not a way to create records.
 */
@Component
@Profile("bench")
@Order(20)
class BenchmarkData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkData.class);

    private final JdbcTemplate jdbc;
    private final int applications;
    private final Clock clock;

    BenchmarkData(JdbcTemplate jdbc, @Value("${talent.bench.applications:300000}") int applications, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.applications = applications;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from app_user where username like 'bench%'",
                Integer.class);
        if (existing != null && existing > 0) {
            log.info("Benchmark data ready: {} applicants already loaded", existing);
            return;
        }
        long start = System.nanoTime();
        log.info("Benchmark: adding {} applicants with their applications and audit lines", applications);
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, unit_id, created_at)
                select 'bench' || g, (select password_hash from app_user where username = 'applicant'),
                       '压测' || g, e.ids[1 + g % e.n], ?
                from generate_series(1, ?) g,
                     (select array_agg(id order by id) ids, count(*)::int n from org_unit where kind = 'EMPLOYER') e
                """, Timestamp.from(clock.instant()), applications);
        jdbc.update("""
                insert into app_user_role (user_id, role)
                select id, 'APPLICANT' from app_user where username like 'bench%'
                """);
        jdbc.update("""
                with statuses as (select array['DRAFT','SUBMITTED','RETURNED','ENDORSED','REJECTED','NOMINATED',
                        'NOT_NOMINATED','FORWARDED','QUALIFIED','DISQUALIFIED','IN_REVIEW','REVIEWED','PROPOSED',
                        'NOT_SELECTED','WITHDRAWN'] s)
                insert into application (serial_no, batch_id, category_id, applicant_id, applicant_name,
                        employer_unit_id, employer_name, unit_path, status, submitted_at, endorsed_at,
                        status_changed_at, created_at, program_id, batch_year)
                select 'BENCH-' || lpad(u.id::text, 8, '0'), b.id, c.id, u.id, u.full_name, o.id, o.name, o.path,
                       st.s[1 + u.id % 15],
                       case when u.id % 15 = 0 then null else t.now - (u.id % 90) * interval '1 day' end,
                       case when u.id % 15 in (3, 5, 6, 7, 8, 9, 10, 11, 12, 13) then t.now - (u.id % 60) * interval '1 day' end,
                       t.now - (u.id % 1000) * interval '1 hour', t.now - (u.id % 120) * interval '1 day',
                       b.program_id, b.year
                from app_user u
                join org_unit o on o.id = u.unit_id
                cross join statuses st
                cross join (select b.id, b.program_id, b.year from batch b join program p on p.id = b.program_id
                            where p.code = 'SG' and b.year = ?) b
                cross join (select c.id from program_category c join program p on p.id = c.program_id
                            where p.code = 'SG' and c.code = 'PRO') c
                cross join (select ?::timestamptz as now) t
                where u.username like 'bench%'
                """, LocalDate.now(clock).getYear(), Timestamp.from(clock.instant()));
        jdbc.update("""
                insert into audit_record (occurred_at, actor_user_id, actor_username, actor_roles, subject_type,
                        subject_id, subject_label, action, from_state, to_state)
                select a.created_at + k * interval '1 hour', a.applicant_id, 'bench' || a.applicant_id, 'APPLICANT',
                       'APPLICATION', a.id, a.serial_no, (array['CREATE','SUBMIT','RETURN','RESUBMIT','ENDORSE'])[k],
                       (array[null,'DRAFT','SUBMITTED','RETURNED','SUBMITTED'])[k],
                       (array['DRAFT','SUBMITTED','RETURNED','SUBMITTED','ENDORSED'])[k]
                from application a cross join generate_series(1, 5) k
                where a.serial_no like 'BENCH-%'
                """);
        jdbc.execute("analyze");
        log.info("Benchmark data ready: loaded in {} s", (System.nanoTime() - start) / 1_000_000_000);
    }
}
