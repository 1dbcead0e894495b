package cn.gov.talent.demo;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.yearend.YearEndReports;
import cn.gov.talent.yearend.YearEndStatus;

/**
 * The 人选信息库 and its statistics at scale for the benchmark ({@code bench/run.sh}, issue 16), after
 * {@link BenchmarkData} and {@link ReviewBenchmarkData}: 20,000 talent records, each the record of one of
 * BenchmarkData's applications (which moves to a published batch of its year and becomes SELECTED), over
 * the four demo programs and their categories, the five years before this one and every employer of the
 * tree, with the profile the search filters on (V36), and five years of history: yearly reports with their
 * grades, outputs of every kind, final assessments at the end of the cycles, exits, funds with their
 * tranches (paid where their time and condition came), work contracts and transfers. Loaded once with
 * bulk SQL, every date counted from the clock's today. Then, at every start until done, this year's
 * year-end report (年度统计报送) gets submitted by six of the eight recommending units, through the year-end
 * service as the units would submit (so the snapshots are the figures the records give);
 * 南昌市人社局 and 新疆 stay live. The line the script waits for is {@code Benchmark talent data ready}.
 */
@Component
@Profile("bench")
@Order(40)
class TalentBenchmarkData implements ApplicationRunner {

    /** The recommending units that submit this year's report; the others (南昌, 新疆) stay live. */
    static final List<String> SUBMITTING = List.of("JJ-HRSS", "GZ-HRSS", "JX-EDU", "JX-HEALTH", "SC-HRSS", "ZJ-HRSS");

    private static final Logger log = LoggerFactory.getLogger(TalentBenchmarkData.class);

    /** The benchmark's records: those of BenchmarkData's applications (alias {@code r}). */
    private static final String BENCH = """
            join application ba on ba.id = r.application_id and ba.serial_no like 'BENCH-%'""";

    /** An account of each unit with each of these roles, to name who graded, confirmed, proposed. */
    private static final String STAFF = """
            staff as (select u.unit_id, ro.role, min(u.username) as username
                      from app_user u join app_user_role ro on ro.user_id = u.id
                      where ro.role in ('EMPLOYER', 'RECOMMENDER') group by u.unit_id, ro.role)""";

    /** A day at a time of day in China Standard Time. */
    private static String at(String day, String time) {
        return "((" + day + ") + time '" + time + "') at time zone 'Asia/Shanghai'";
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Accounts accounts;
    private final Organization organization;
    private final YearEndReports yearEnd;
    private final Clock clock;
    private final int records;

    TalentBenchmarkData(JdbcTemplate jdbc, TransactionTemplate transaction, Accounts accounts,
            Organization organization, YearEndReports yearEnd, Clock clock,
            @Value("${talent.bench.talents:20000}") int records) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.accounts = accounts;
        this.organization = organization;
        this.yearEnd = yearEnd;
        this.clock = clock;
        this.records = records;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        long loaded = loadedRecords(jdbc);
        boolean fresh = loaded == 0;
        if (fresh) {
            long start = System.nanoTime();
            log.info("Benchmark: adding {} talent records with five years of history", records);
            Map<String, Long> counts = transaction.execute(status -> load(jdbc, today, records));
            jdbc.execute("vacuum analyze application");
            jdbc.execute("analyze");
            loaded = counts.get("records");
            log.info("Benchmark talent data: {} loaded in {} s", counts, (System.nanoTime() - start) / 1_000_000_000);
        } else {
            log.info("Benchmark talent data: {} talent records already loaded", loaded);
        }
        int year = today.getYear();
        int submitted = submitYearEnd(year, today, fresh);
        Long program = id("select id from program where code = 'SG'");
        Long category = id("""
                select c.id from program_category c join program p on p.id = c.program_id
                where p.code = 'SG' and c.code = 'PRO'""");
        Long recommender = organization.unitByCode("NC-HRSS").map(UnitNode::id).orElse(null);
        Long frozen = organization.unitByCode("JJ-HRSS").map(UnitNode::id).orElse(null);
        String discipline = jdbc.query("""
                select r.discipline_code from talent_record r %s
                where r.discipline_code is not null group by 1 order by count(*) desc, 1 limit 1""".formatted(BENCH),
                row -> row.next() ? row.getString(1) : null);
        log.info("Benchmark talents: year={} program={} category={} recommender={} discipline={}", year, program,
                category, recommender, discipline);
        log.info("Benchmark year-end: year={} frozen={} live={} submitted={}", year, frozen, recommender, submitted);
        log.info("Benchmark talent data ready: {} talent records, year-end {} with {} units submitted", loaded, year,
                submitted);
    }

    private Long id(String sql) {
        return jdbc.query(sql, row -> row.next() ? row.getLong(1) : null);
    }

    static long loadedRecords(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("select count(*) from talent_record r " + BENCH, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * This year's report: opened by the office if the demo did not, and submitted by each unit of
     * {@link #SUBMITTING} through the year-end service, as the unit would. Right after the load a report
     * already submitted (the demo's 赣州, counted before the benchmark's records) is returned by the office and
     * submitted again; later starts only submit what is not (a new year, a start that stopped half way). After
     * the deadline the office reopens a unit's report first. Each unit in its own transaction; a unit refused is
     * logged and left. Returns how many of these units have submitted.
     */
    private int submitYearEnd(int year, LocalDate today, boolean fresh) {
        if (accounts.findByUsername("office").isEmpty()) {
            return 0;
        }
        if (yearEnd.rounds().stream().noneMatch(round -> round.getYear() == year)) {
            try {
                transaction.executeWithoutResult(status -> yearEnd.open(year, today.plusDays(30), actor("office")));
            } catch (RuntimeException refused) {
                log.warn("Benchmark year-end: {} not opened ({})", year, refused.toString());
                return 0;
            }
        }
        int submitted = 0;
        for (String code : SUBMITTING) {
            Optional<UnitNode> unit = organization.unitByCode(code);
            Optional<String> officer = unit.flatMap(found -> officer(found.id()));
            if (officer.isEmpty()) {
                continue;
            }
            try {
                transaction.executeWithoutResult(status -> submit(year, unit.get().id(), officer.get(), today, fresh));
                submitted++;
            } catch (RuntimeException refused) {
                log.warn("Benchmark year-end: {} not submitted ({})", code, refused.toString());
            }
        }
        return submitted;
    }

    private void submit(int year, long unitId, String officer, LocalDate today, boolean fresh) {
        Actor office = actor("office");
        YearEndReports.UnitReport report = yearEnd.unitReport(year, unitId, office);
        if (report.status() == YearEndStatus.SUBMITTED) {
            if (!fresh) {
                return;
            }
            yearEnd.returnReport(year, unitId, "压测：请按全部人选的数据重新报送。", office);
        } else if (report.overdue()) {
            yearEnd.reopen(year, unitId, today.plusDays(30), office);
        }
        yearEnd.submit(year, unitId, "压测：本单位本年度人选变化、考核结果和重大成果如上表。", actor(officer));
    }

    /** The first recommending-unit account of the unit. */
    private Optional<String> officer(long unitId) {
        return Optional.ofNullable(jdbc.query("""
                select min(u.username) from app_user u join app_user_role ro on ro.user_id = u.id
                where u.unit_id = ? and ro.role = 'RECOMMENDER' and u.enabled""",
                row -> row.next() ? row.getString(1) : null, unitId));
    }

    private Actor actor(String username) {
        return Actor.of(accounts.currentUser(accounts.findByUsername(username).orElseThrow()));
    }

    /**
     * The bulk load, one statement a table, in the caller's transaction; returns what was loaded. Static and
     * on a bare JdbcTemplate so that it can be tried on a scratch database.
     */
    static Map<String, Long> load(JdbcTemplate jdbc, LocalDate today, int records) {
        Date day = Date.valueOf(today);
        int year = today.getYear();
        Map<String, Long> counts = new LinkedHashMap<>();
        // BenchmarkData's applications before it recorded their program and year (as a created one has them)
        jdbc.update("""
                update application a set program_id = b.program_id, batch_year = b.year
                from batch b where b.id = a.batch_id and a.serial_no like 'BENCH-%' and a.program_id is null""");
        // a published batch of each program in each of the five years before this one (kept where one exists)
        jdbc.update("""
                insert into batch (program_id, year, title, stage, application_opens, application_closes,
                        reference_date, created_at)
                select p.id, y, y || '年度' || p.name || '（压测）', 'PUBLISHED', make_date(y, 1, 15), make_date(y, 2, 28),
                       make_date(y, 12, 31), make_timestamptz(y, 1, 5, 9, 0, 0, 'Asia/Shanghai')
                from program p cross join generate_series(?, ?) y
                where p.code in ('SG', 'BQW', 'BQWG', 'QR')
                on conflict (program_id, year) do nothing""", year - 5, year - 1);
        counts.put("records", (long) jdbc.update(RECORDS_SQL, records, year, day));
        jdbc.update(SELECTED_SQL);
        counts.put("yearlyReports", (long) jdbc.update(REPORTS_SQL, day));
        counts.put("outputs", (long) jdbc.update(OUTPUTS_SQL, day));
        counts.put("finalAssessments", (long) jdbc.update(FINALS_SQL));
        counts.put("reminders", (long) jdbc.update(REMINDERS_SQL));
        counts.put("exits", (long) jdbc.update(EXITS_SQL));
        counts.put("contracts", (long) jdbc.update(CONTRACTS_SQL, day));
        counts.put("grants", (long) jdbc.update(GRANTS_SQL, day));
        counts.put("tranches", (long) jdbc.update(TRANCHES_SQL, day));
        counts.put("transfers", (long) jdbc.update(TRANSFERS_SQL, day));
        jdbc.update(MOVED_RECORDS_SQL);
        jdbc.update(MOVED_GRANTS_SQL);
        jdbc.update(MOVED_TRANCHES_SQL);
        jdbc.update(LAST_FINAL_SQL);
        jdbc.update(LAST_ANNUAL_SQL);
        return counts;
    }

    /**
     * One application in fifteen of BenchmarkData's (one of each run of fifteen, so every status and employer
     * gives some), up to the number asked: a program and category (双高 half, 百千万 省级 a quarter, 国家级 a
     * tenth, 青年项目 the rest), a year among the five before this one, published between March and
     * December, the category's cycle, a fate (a few exits, closed or open; the cycles ended by now completed
     * or, for some, failed at the final assessment), and the profile: gender, birth date by the program's age,
     * the keyed hash of a made-up number, discipline and group, title, the recommending unit above the
     * employer, its province and region.
     */
    static final String RECORDS_SQL = """
            with t as (select ?::int as wanted, ?::int as this_year, ?::date as today),
            bench as (
                select a.id, a.applicant_id, a.applicant_name, a.employer_unit_id, a.employer_name, a.unit_path,
                       row_number() over (order by a.id) as n
                from application a where a.serial_no like 'BENCH-%%'),
            chosen as materialized (
                select b.*, row_number() over (order by b.id) as k, random() as r_mix, random() as r_fate,
                       random() as r_when, random() as r_gender, random() as r_age, random() as r_title,
                       random() as r_discipline
                from bench b where (b.n - 1) %% 15 = ((b.n - 1) / 15) %% 15
                order by b.id limit (select wanted from t)),
            mix (program_code, category_code, upto) as (values ('SG', 'PRO', 0.35), ('SG', 'SKILL', 0.50),
                    ('BQW', 'PROV', 0.75), ('BQWG', 'NAT', 0.85), ('QR', 'YOUTH', 1.00)),
            placed as (
                select c.*, m.program_code, m.category_code, pc.id as category_id, pc.program_id, pc.support_years,
                       t.this_year - 1 - (c.k %% 5)::int as year,
                       make_date(t.this_year - 1 - (c.k %% 5)::int, 3, 1) + (c.k * 37 %% 295)::int as issued_on
                from chosen c cross join t
                cross join lateral (select x.program_code, x.category_code from mix x where c.r_mix < x.upto
                                    order by x.upto limit 1) m
                join program p on p.code = m.program_code
                join program_category pc on pc.program_id = p.id and pc.code = m.category_code),
            cycled as (
                select p.*, (p.issued_on + make_interval(years => p.support_years))::date as cycle_end,
                       least(t.today - 1, (p.issued_on + make_interval(years => p.support_years))::date) - p.issued_on
                           as lived
                from placed p cross join t),
            fated as (
                select c.*,
                       case when c.r_fate < 0.042 and c.lived > 120 then
                                case when c.r_fate < 0.020 then 'WITHDRAWN' when c.r_fate < 0.028 then 'PERSUADED_OUT'
                                     when c.r_fate < 0.033 then 'REVOKED' when c.r_fate < 0.037 then 'WITHDRAWAL_REQUESTED'
                                     when c.r_fate < 0.040 then 'EXIT_PROPOSED' else 'EXIT_FORWARDED' end
                            when c.cycle_end + 20 < t.today and c.r_fate < 0.050 then 'REVOKED'
                            when c.cycle_end + 20 < t.today then 'COMPLETED'
                            else 'ACTIVE' end as status,
                       case when c.r_fate < 0.042 and c.lived > 120
                                then c.issued_on + 90 + floor(c.r_when * (c.lived - 90))::int
                            when c.cycle_end + 20 < t.today then c.cycle_end + 20
                            else c.issued_on end as status_changed_on
                from cycled c cross join t)
            insert into talent_record (application_id, batch_id, program_id, category_id, year, applicant_id,
                    person_name, employer_name, certificate_no, verification_code, issued_on, status, created_at,
                    unit_id, unit_path, cycle_start, cycle_end, status_changed_on, gender, birth_date, id_hash,
                    discipline_code, discipline_group, title_level, recommender_unit_id, recommender_name,
                    province_code, region)
            select f.id, b.id, f.program_id, f.category_id, f.year, f.applicant_id, f.applicant_name, f.employer_name,
                   f.program_code || '-' || f.year || '-B'
                       || lpad((row_number() over (partition by f.program_code, f.year order by f.k))::text, 5, '0'),
                   translate(upper(substr(md5('bench-talent-' || f.id), 1, 8)), '01', 'GH'),
                   f.issued_on, f.status, %s,
                   f.employer_unit_id, f.unit_path, f.issued_on, f.cycle_end, f.status_changed_on,
                   case when f.r_gender < 0.68 then 'M' else 'F' end,
                   (f.issued_on - make_interval(years => case f.program_code when 'QR' then 30 + floor(f.r_age * 10)
                                                              when 'SG' then 33 + floor(f.r_age * 14)
                                                              else 38 + floor(f.r_age * 13) end::int))::date
                       - (f.k * 53 %% 365)::int,
                   encode(sha256(convert_to('bench-id-' || f.applicant_id, 'UTF8')), 'base64'),
                   d.codes[1 + floor(f.r_discipline * d.n)::int], d.groups[1 + floor(f.r_discipline * d.n)::int],
                   case when f.category_code = 'SKILL'
                            then (array['NONE', 'INTERMEDIATE', 'DEPUTY_SENIOR', 'SENIOR'])[1 + floor(f.r_title * 4)::int]
                        when f.r_title < 0.50 then 'SENIOR' when f.r_title < 0.90 then 'DEPUTY_SENIOR'
                        when f.r_title < 0.98 then 'INTERMEDIATE' else 'JUNIOR' end,
                   rec.id, rec.name, e.province_code, pv.region
            from fated f
            join batch b on b.program_id = f.program_id and b.year = f.year
            cross join (select array_agg(code order by sort_order) as codes,
                               array_agg(group_name order by sort_order) as groups, count(*)::int as n
                        from discipline) d
            left join lateral (select o.id, o.name from org_unit o
                               where o.kind = 'RECOMMENDER' and f.unit_path like o.path || '%%'
                               order by length(o.path) desc limit 1) rec on true
            left join org_unit e on e.id = f.employer_unit_id
            left join province pv on pv.code = e.province_code
            order by f.k""".formatted(at("f.issued_on", "09:00"));

    /** Each record's application: in its batch, SELECTED, applied for in January and February of the year. */
    static final String SELECTED_SQL = """
            update application a
            set batch_id = r.batch_id, program_id = r.program_id, batch_year = r.year, category_id = r.category_id,
                discipline_code = r.discipline_code, status = 'SELECTED', created_at = %s, submitted_at = %s,
                endorsed_at = %s, status_changed_at = %s, version = a.version + 1
            from talent_record r
            where r.application_id = a.id and a.serial_no like 'BENCH-%%'""".formatted(
            at("make_date(r.year, 1, 16) + (r.id % 30)::int", "09:00"),
            at("make_date(r.year, 1, 21) + (r.id % 30)::int", "09:00"),
            at("make_date(r.year, 1, 26) + (r.id % 30)::int", "09:00"), at("r.issued_on", "09:00"));

    /**
     * 年度考核: a report for each year of the cycle whose window opened before today (submitted ten days before
     * the anniversary; one in fifty never came; none after an exit), as far along as the days since allow:
     * graded by the employer ten days after the anniversary, confirmed after thirty, filed after sixty; a few
     * recent ones returned. Grades: 优秀 about a fifth, 合格 most, some 基本合格 and 不合格.
     */
    static final String REPORTS_SQL = """
            with t as (select ?::date as today),
            %s,
            due as materialized (
                select r.id, r.unit_id, r.recommender_unit_id, r.status as record_status, r.status_changed_on, k,
                       (r.cycle_start + make_interval(years => k))::date as anniversary, random() as x, random() as g
                from talent_record r %s
                cross join generate_series(1, 10) k
                where (r.cycle_start + make_interval(years => k))::date <= r.cycle_end)
            insert into yearly_report (talent_record_id, cycle_year, due_on, status, progress, submitted_at, grade,
                    employer_opinion, graded_by, graded_at, return_reason, confirmed_by, confirmed_at, filed_by,
                    filed_at)
            select d.id, d.k, (d.anniversary + interval '1 month')::date, s.status,
                   '第' || d.k || '年度培养进展：按培养计划推进科研与技术攻关，完成年度目标任务，培养团队成员若干名。（压测）',
                   %s,
                   case when s.graded then case when d.g < 0.22 then 'EXCELLENT' when d.g < 0.92 then 'PASS'
                                                when d.g < 0.98 then 'BASIC_PASS' else 'FAIL' end end,
                   case when s.graded then '经单位考核，该同志完成年度培养任务。（压测）' end,
                   case when s.graded then coalesce(e.username, 'employer') end,
                   case when s.graded then %s end,
                   case when s.status = 'RETURNED' then '请补充年度成果的证明材料。（压测）' end,
                   case when s.status in ('CONFIRMED', 'FILED') then coalesce(c.username, 'recommender') end,
                   case when s.status in ('CONFIRMED', 'FILED') then %s end,
                   case when s.status = 'FILED' then 'office' end,
                   case when s.status = 'FILED' then %s end
            from due d cross join t
            cross join lateral (select t.today - d.anniversary as days) a
            cross join lateral (select st.status, st.status in ('GRADED', 'CONFIRMED', 'FILED') as graded
                                from (select case when a.days > 60 then case when d.x < 0.97 then 'FILED' else 'CONFIRMED' end
                                                  when a.days > 30 then case when d.x < 0.6 then 'CONFIRMED' else 'GRADED' end
                                                  when a.days > 10 then case when d.x < 0.5 then 'GRADED' else 'SUBMITTED' end
                                                  when d.x < 0.07 then 'RETURNED' else 'SUBMITTED' end as status) st) s
            left join staff e on e.unit_id = d.unit_id and e.role = 'EMPLOYER'
            left join staff c on c.unit_id = d.recommender_unit_id and c.role = 'RECOMMENDER'
            where d.anniversary - 10 < t.today and d.x >= 0.02
              and (d.record_status not in ('WITHDRAWN', 'PERSUADED_OUT', 'REVOKED')
                   or d.anniversary - 10 < d.status_changed_on)
            order by d.id, d.k""".formatted(STAFF, BENCH, at("d.anniversary - 10", "10:00"),
            at("d.anniversary + 10", "10:00"), at("d.anniversary + 30", "10:00"), at("d.anniversary + 60", "10:00"));

    /**
     * 成果: up to three a year of the cycle (one most years, a second half the time, a third one year in five),
     * achieved in that year before today (and before an exit), recorded three days later by the person; kinds,
     * levels, funding and its acknowledgement, and a few major breakthroughs spread as in a real database.
     */
    static final String OUTPUTS_SQL = """
            with t as (select ?::date as today),
            spans as (
                select r.id, r.applicant_id, k, (r.cycle_start + make_interval(years => k - 1))::date as from_day,
                       least((r.cycle_start + make_interval(years => k))::date, t.today - 4,
                             case when r.status in ('WITHDRAWN', 'PERSUADED_OUT', 'REVOKED')
                                  then r.status_changed_on end) as to_day
                from talent_record r %s
                cross join t cross join generate_series(1, 10) k
                where (r.cycle_start + make_interval(years => k - 1))::date < r.cycle_end),
            made as materialized (
                select s.*, j, random() as x, random() as kx, random() as lx, random() as dx, random() as fx,
                       random() as mx
                from spans s cross join generate_series(1, 3) j
                where s.to_day > s.from_day)
            insert into talent_output (talent_record_id, yearly_report_id, kind, title, achieved_on, level, author_rank,
                    funded, acknowledged, major, recorded_by, recorded_at)
            select m.id, y.id, o.kind,
                   case o.kind when 'PAPER' then '学术论文' when 'PATENT' then '发明专利' when 'AWARD' then '科技奖励'
                               when 'REPORT' then '咨询报告' when 'MONOGRAPH' then '学术专著' when 'STANDARD' then '技术标准'
                               else '成果转化' end || '：压测成果' || m.id || '-' || m.k || '-' || m.j,
                   o.achieved,
                   case when m.lx < 0.10 then 'INTERNATIONAL' when m.lx < 0.40 then 'NATIONAL'
                        when m.lx < 0.80 then 'PROVINCIAL' when m.lx < 0.92 then 'CITY' else 'OTHER' end,
                   1 + (m.j + m.k + m.id) %% 5, m.fx < 0.6, m.fx < 0.57, m.mx > 0.96, u.username, %s
            from made m
            cross join lateral (select case when m.kx < 0.45 then 'PAPER' when m.kx < 0.65 then 'PATENT'
                                            when m.kx < 0.75 then 'AWARD' when m.kx < 0.83 then 'REPORT'
                                            when m.kx < 0.88 then 'MONOGRAPH' when m.kx < 0.95 then 'STANDARD'
                                            else 'TRANSFER' end as kind,
                                       m.from_day + floor(m.dx * (m.to_day - m.from_day))::int as achieved) o
            join app_user u on u.id = m.applicant_id
            left join yearly_report y on y.talent_record_id = m.id and y.cycle_year = m.k
            where m.x < (array[0.85, 0.5, 0.2])[m.j]
            order by m.id, m.k, m.j""".formatted(BENCH, at("o.achieved + 3", "10:00"));

    /** 终期考核: twenty days after the cycle's end, for those completed (a quarter 优秀) and those failed. */
    static final String FINALS_SQL = """
            insert into final_assessment (talent_record_id, innovation, results, service, training, team,
                    employer_measures, outcome, decided_by, decided_at)
            select r.id, '创新能力：培养期内主持省部级以上项目。（压测）', '业绩成果：取得标志性成果。（压测）',
                   '服务贡献：服务地方经济社会发展。（压测）', '人才培养：培养青年骨干若干名。（压测）',
                   '团队建设：形成稳定的创新团队。（压测）', '单位措施：落实配套经费和工作条件。（压测）',
                   case when r.status = 'REVOKED' then 'FAIL' when r.id %% 4 = 0 then 'EXCELLENT' else 'PASS' end,
                   'office', %s
            from talent_record r %s
            where r.status = 'COMPLETED' or (r.status = 'REVOKED' and r.status_changed_on > r.cycle_end)
            order by r.id""".formatted(at("r.status_changed_on", "10:00"), BENCH);

    /** 督促提醒: two reminders before each persuasion to leave (which needs them), by the employer. */
    static final String REMINDERS_SQL = """
            with %s
            insert into talent_reminder (talent_record_id, reminded_on, note, recorded_by, recorded_at)
            select r.id, x.day, '第' || i || '次督促：请按培养计划履行义务。（压测）', coalesce(e.username, 'employer'), %s
            from talent_record r %s
            cross join generate_series(1, 2) i
            cross join lateral (select r.status_changed_on - (case r.status when 'EXIT_FORWARDED' then 50 else 60 end)
                                    + 20 * (i - 1) as day) x
            left join staff e on e.unit_id = r.unit_id and e.role = 'EMPLOYER'
            where r.status in ('PERSUADED_OUT', 'EXIT_FORWARDED')
            order by r.id, i""".formatted(STAFF, at("x.day", "10:00"), BENCH);

    /**
     * 退出: the person's withdrawal, the employer's persuasion (after the reminders) or revocation, passed up by
     * the recommending unit and decided by the office on the day the record changed; the open ones asked for
     * (or, for a persuasion, forwarded) that day.
     */
    static final String EXITS_SQL = """
            with %s
            insert into talent_exit (talent_record_id, kind, ground, reason, proposed_by, proposed_at, forwarded_by,
                    forwarded_at, decision, decided_by, decided_at)
            select r.id, x.kind,
                   case x.kind when 'WITHDRAWAL' then (array['PERSONAL', 'FAMILY'])[1 + r.id %% 2]
                               when 'PERSUASION' then (array['NOT_TAKEN_UP', 'TIME_ON_POST'])[1 + r.id %% 2]
                               else (array['MISCONDUCT', 'FRAUD', 'LAW'])[1 + r.id %% 3] end,
                   case x.kind when 'WITHDRAWAL' then '因个人原因申请退出培养。（压测）'
                               when 'PERSUASION' then '经多次督促仍未履行培养义务，建议劝退。（压测）'
                               else '经核查存在违规情形，建议取消资格。（压测）' end,
                   case x.kind when 'WITHDRAWAL' then u.username else coalesce(e.username, 'employer') end,
                   case when x.decided then %s when r.status = 'EXIT_FORWARDED' then %s else %s end,
                   case when x.kind <> 'WITHDRAWAL' and x.decided then coalesce(c.username, 'recommender')
                        when r.status = 'EXIT_FORWARDED' then coalesce(c.username, 'recommender') end,
                   case when x.kind <> 'WITHDRAWAL' and x.decided then %s
                        when r.status = 'EXIT_FORWARDED' then %s end,
                   case when x.decided then 'APPROVED' end, case when x.decided then 'office' end,
                   case when x.decided then %s end
            from talent_record r %s
            join app_user u on u.id = r.applicant_id
            cross join lateral (select case when r.status in ('WITHDRAWN', 'WITHDRAWAL_REQUESTED') then 'WITHDRAWAL'
                                            when r.status in ('PERSUADED_OUT', 'EXIT_FORWARDED') then 'PERSUASION'
                                            else 'REVOCATION' end as kind,
                                       r.status in ('WITHDRAWN', 'PERSUADED_OUT', 'REVOKED') as decided) x
            left join staff e on e.unit_id = r.unit_id and e.role = 'EMPLOYER'
            left join staff c on c.unit_id = r.recommender_unit_id and c.role = 'RECOMMENDER'
            where r.status in ('WITHDRAWN', 'PERSUADED_OUT', 'WITHDRAWAL_REQUESTED', 'EXIT_PROPOSED', 'EXIT_FORWARDED')
               or (r.status = 'REVOKED' and r.status_changed_on <= r.cycle_end)
            order by r.id""".formatted(STAFF, at("r.status_changed_on - 20", "09:00"),
            at("r.status_changed_on - 10", "09:00"), at("r.status_changed_on", "09:00"),
            at("r.status_changed_on - 10", "10:00"), at("r.status_changed_on", "10:00"),
            at("r.status_changed_on", "11:00"), BENCH);

    /** 工作合同: taken up some weeks after selection by nine in ten of those whose funds wait for it (青年项目). */
    static final String CONTRACTS_SQL = """
            with t as (select ?::date as today)
            insert into funding_contract (talent_record_id, taken_up_on, file_name, content_type, size_bytes, sha256,
                    recorded_by, recorded_at)
            select r.id, x.day, '工作合同.pdf', 'application/pdf', 180000 + r.id %% 50000,
                   encode(sha256(convert_to('bench-contract-' || r.id, 'UTF8')), 'hex'), 'office', %s
            from talent_record r %s
            cross join t
            cross join lateral (select least(r.issued_on + 45, t.today - 1) as day) x
            where r.id %% 10 <> 0
              and exists (select 1 from support_plan s join support_plan_tranche pt on pt.plan_id = s.id
                          where s.category_id = r.category_id and pt.release_condition = 'CONTRACT_TAKEN_UP')
            order by r.id""".formatted(at("x.day", "16:00"), BENCH);

    /**
     * 经费: every support plan of the record's category (study funds for one in four), an amount within the
     * plan's range in steps of 10,000 yuan, set by the office a month after selection.
     */
    static final String GRANTS_SQL = """
            with t as (select ?::date as today)
            insert into funding_grant (talent_record_id, plan_id, category_id, kind, amount, period_start, period_years,
                    extension_max_years, extension_needs_contract, person_name, certificate_no, applicant_id, unit_id,
                    unit_path, employer_name, set_by, set_at)
            select r.id, s.id, s.category_id, s.kind,
                   case when s.min_amount = s.max_amount then s.min_amount
                        else least(s.max_amount, s.min_amount
                                   + round((s.max_amount - s.min_amount) * ((r.id / 4) %% 4) / 3 / 10000) * 10000) end,
                   r.cycle_start, s.period_years, s.extension_years, s.extension_needs_contract, r.person_name,
                   r.certificate_no, r.applicant_id, r.unit_id, r.unit_path, r.employer_name, 'office', %s
            from talent_record r %s
            join support_plan s on s.category_id = r.category_id
            cross join t
            where s.kind <> 'STUDY' or r.id %% 4 = 0
            order by r.id, s.id""".formatted(at("least(r.issued_on + 30, t.today - 1)", "10:00"), BENCH);

    /**
     * The tranches of each fund as TrancheSchedule makes them (an equal share, the last one the rest; due its
     * months after the start). A tranche is released when due and its condition met (the contract taken up,
     * the year's report filed), paid two to three weeks later (a third of those released in the last weeks
     * still waiting), and cancelled when the person left before it was paid.
     */
    static final String TRANCHES_SQL = """
            with t as (select ?::date as today),
            planned as (
                select pt.plan_id, pt.months_after_start, pt.release_condition, pt.report_year,
                       row_number() over (partition by pt.plan_id order by pt.seq) as seq,
                       count(*) over (partition by pt.plan_id) as tranches
                from support_plan_tranche pt),
            scheduled as (
                select g.*, p.seq, p.tranches, p.release_condition, p.report_year, r.status as record_status,
                       r.status_changed_on, x.due_on,
                       case when p.seq = p.tranches then g.amount - trunc(g.amount / p.tranches, 2) * (p.tranches - 1)
                            else trunc(g.amount / p.tranches, 2) end as share,
                       case p.release_condition
                            when 'NONE' then x.due_on
                            when 'CONTRACT_TAKEN_UP' then case when c.taken_up_on is not null
                                                               then greatest(x.due_on, c.taken_up_on + 1) end
                            else case when y.filed_at is not null
                                      then greatest(x.due_on, (y.filed_at at time zone 'Asia/Shanghai')::date + 1) end
                       end as releasable
                from funding_grant g
                join talent_record r on r.id = g.talent_record_id
                join application ba on ba.id = r.application_id and ba.serial_no like 'BENCH-%%'
                join planned p on p.plan_id = g.plan_id
                cross join lateral (select (g.period_start + make_interval(months => p.months_after_start))::date
                                           as due_on) x
                left join funding_contract c on c.talent_record_id = g.talent_record_id
                left join yearly_report y on y.talent_record_id = g.talent_record_id and y.cycle_year = p.report_year
                                         and y.status = 'FILED'),
            decided as (
                select s.*, w.ended, s.releasable + 14 + (s.id %% 8)::int as paid_day,
                       case when s.releasable is not null and s.releasable + 14 + (s.id %% 8)::int < w.until
                                 and (w.ended or s.releasable + 14 + (s.id %% 8)::int < t.today - 45 or s.id %% 3 <> 0)
                                then 'PAID'
                            when w.ended then 'CANCELLED'
                            when s.releasable is not null and s.releasable < t.today then 'RELEASED'
                            else 'SCHEDULED' end as status
                from scheduled s cross join t
                cross join lateral (select s.record_status in ('WITHDRAWN', 'PERSUADED_OUT', 'REVOKED') as ended,
                                           case when s.record_status in ('WITHDRAWN', 'PERSUADED_OUT', 'REVOKED')
                                                then s.status_changed_on else t.today end as until) w)
            insert into funding_tranche (grant_id, talent_record_id, kind, seq, tranches, amount, due_on,
                    release_condition, report_year, status, person_name, certificate_no, applicant_id, unit_id,
                    unit_path, employer_name, released_by, released_at, paid_on, paid_amount, voucher_no, paid_by,
                    paid_at, cancelled_at, cancel_reason)
            select d.id, d.talent_record_id, d.kind, d.seq, d.tranches, d.share, d.due_on, d.release_condition,
                   d.report_year, d.status, d.person_name, d.certificate_no, d.applicant_id, d.unit_id, d.unit_path,
                   d.employer_name,
                   case when d.status in ('RELEASED', 'PAID') then 'office' end,
                   case when d.status in ('RELEASED', 'PAID') then %s end,
                   case when d.status = 'PAID' then d.paid_day end,
                   case when d.status = 'PAID' then d.share end,
                   case when d.status = 'PAID' then 'BENCH-PZ-' || d.id || '-' || d.seq end,
                   case when d.status = 'PAID' then 'office' end,
                   case when d.status = 'PAID' then %s end,
                   case when d.status = 'CANCELLED' then %s end,
                   case when d.status = 'CANCELLED' then '人选退出，未拨付的经费取消。（压测）' end
            from decided d
            order by d.id, d.seq""".formatted(at("d.releasable", "10:00"), at("d.paid_day", "15:00"),
            at("d.status_changed_on", "11:30"));

    /**
     * 工作单位转换: about one active person in a hundred selected more than 200 days ago asked to move to another
     * employer of the tree (not a desk): seven in ten approved, some refused or withdrawn, closed ten to thirty
     * days after asking; the rest open, asked for in the last weeks and at each step. The receiving side's
     * recommending unit reviews; the panel is heard on a move from an enterprise to a university or institute.
     */
    static final String TRANSFERS_SQL = """
            with t as (select ?::date as today),
            employers as (select array_agg(id order by id) as ids, count(*)::int as n from org_unit
                          where kind = 'EMPLOYER' and not independent_desk and active),
            picked as materialized (
                select r.*, random() as s, random() as w, random() as o
                from talent_record r %s
                cross join t
                where r.status = 'ACTIVE' and r.issued_on < t.today - 200 and random() < 0.02),
            aimed as (
                select p.*, e.ids[1 + (coalesce(array_position(e.ids, p.unit_id), 0) + floor(p.o * (e.n - 1))::int)
                                      %% e.n] as to_unit_id,
                       case when p.s < 0.70 then 'APPROVED' when p.s < 0.80 then 'REFUSED' when p.s < 0.85 then 'WITHDRAWN'
                            when p.s < 0.90 then 'REQUESTED' when p.s < 0.94 then 'CONSENTED' when p.s < 0.97 then 'COMPILED'
                            else 'REVIEWED' end as move_status,
                       case when p.s < 0.85 then p.issued_on + 60 + floor(p.w * (t.today - 100 - p.issued_on))::int
                            else t.today - 3 - floor(p.w * 40)::int end as asked
                from picked p cross join employers e cross join t
                where e.n > 1),
            moves as (
                select a.*, a.asked + case when a.s < 0.85 then 10 + (a.id %% 20)::int
                                           when a.move_status = 'REQUESTED' then 0 else 1 end as changed,
                       a.asked <= a.cycle_end as first_term,
                       coalesce(fu.institution_type = 'ENTERPRISE'
                                and tu.institution_type in ('UNIVERSITY', 'RESEARCH_INSTITUTE'), false) as panel,
                       tu.path as to_path, tu.name as to_name, rv.id as reviewer_id, rv.name as reviewer_name
                from aimed a
                join org_unit fu on fu.id = a.unit_id
                join org_unit tu on tu.id = a.to_unit_id
                join lateral (select o.id, o.name from org_unit o
                              where o.kind = 'RECOMMENDER' and tu.path like o.path || '%%'
                              order by length(o.path) desc limit 1) rv on true)
            insert into transfer (talent_record_id, applicant_id, person_name, certificate_no, program_id, category_id,
                    from_unit_id, from_unit_path, from_employer_name, to_unit_id, to_unit_path, to_employer_name,
                    reviewer_unit_id, reviewer_unit_name, status, reason, necessity, first_term, first_term_ends,
                    panel_required, panel_agreed, panel_opinion, panel_recorded_by, panel_recorded_at, compile_note,
                    refusal_reason, requested_at, status_changed_at)
            select m.id, m.applicant_id, m.person_name, m.certificate_no, m.program_id, m.category_id, m.unit_id,
                   m.unit_path, m.employer_name, m.to_unit_id, m.to_path, m.to_name, m.reviewer_id, m.reviewer_name,
                   m.move_status, '因科研平台建设需要，申请调入' || m.to_name || '工作。（压测）',
                   case when m.first_term then '接收单位承诺保障培养条件，确有调动必要。（压测）' end,
                   m.first_term, m.cycle_end, m.panel,
                   case when m.panel and m.move_status in ('APPROVED', 'REVIEWED') then true
                        when m.panel and m.move_status = 'REFUSED' then false end,
                   case when m.panel and m.move_status in ('APPROVED', 'REVIEWED', 'REFUSED')
                        then '咨询委员会审议意见。（压测）' end,
                   case when m.panel and m.move_status in ('APPROVED', 'REVIEWED', 'REFUSED') then 'office' end,
                   case when m.panel and m.move_status in ('APPROVED', 'REVIEWED', 'REFUSED') then %s end,
                   case when m.move_status in ('COMPILED', 'REVIEWED', 'APPROVED', 'REFUSED')
                        then '接收单位已汇总调动材料。（压测）' end,
                   case when m.move_status = 'REFUSED' then '调动理由不充分。（压测）' end,
                   %s, %s
            from moves m
            order by m.id""".formatted(BENCH, at("m.changed", "09:30"), at("m.asked", "09:00"),
            at("m.changed", "16:00"));

    /** The records of the approved transfers follow the person: employer, data scope, recommending unit, place. */
    static final String MOVED_RECORDS_SQL = """
            update talent_record r
            set unit_id = x.to_unit_id, unit_path = x.to_unit_path, employer_name = x.to_employer_name,
                recommender_unit_id = x.reviewer_unit_id, recommender_name = x.reviewer_unit_name,
                province_code = o.province_code, region = pv.region, version = r.version + 1
            from transfer x
            join org_unit o on o.id = x.to_unit_id
            left join province pv on pv.code = o.province_code
            where x.talent_record_id = r.id and x.status = 'APPROVED'
              and exists (select 1 from application ba where ba.id = r.application_id and ba.serial_no like 'BENCH-%')""";

    /** The funds follow the person too. */
    static final String MOVED_GRANTS_SQL = """
            update funding_grant g
            set unit_id = x.to_unit_id, unit_path = x.to_unit_path, employer_name = x.to_employer_name,
                version = g.version + 1
            from transfer x
            join talent_record r on r.id = x.talent_record_id
            join application ba on ba.id = r.application_id and ba.serial_no like 'BENCH-%'
            where x.talent_record_id = g.talent_record_id and x.status = 'APPROVED'""";

    /** The tranches not paid by the day of the move follow the person; those paid stay where they were paid. */
    static final String MOVED_TRANCHES_SQL = """
            update funding_tranche f
            set unit_id = x.to_unit_id, unit_path = x.to_unit_path, employer_name = x.to_employer_name,
                version = f.version + 1
            from transfer x
            join talent_record r on r.id = x.talent_record_id
            join application ba on ba.id = r.application_id and ba.serial_no like 'BENCH-%'
            where x.talent_record_id = f.talent_record_id and x.status = 'APPROVED' and f.status <> 'CANCELLED'
              and (f.status <> 'PAID' or f.paid_on >= (x.status_changed_at at time zone 'Asia/Shanghai')::date)""";

    /** The last grade as V36 backfills it: the final assessment, held in the year the cycle ends... */
    static final String LAST_FINAL_SQL = """
            update talent_record r
            set last_grade = f.outcome, last_grade_year = extract(year from r.cycle_end)::int
            from final_assessment f
            join talent_record r2 on r2.id = f.talent_record_id
            join application ba on ba.id = r2.application_id and ba.serial_no like 'BENCH-%'
            where f.talent_record_id = r.id""";

    /** ...else the latest yearly report's grade, of the year its cycle year ends. */
    static final String LAST_ANNUAL_SQL = """
            update talent_record r
            set last_grade = y.grade,
                last_grade_year = extract(year from r.cycle_start + make_interval(years => y.cycle_year))::int
            from (select distinct on (y.talent_record_id) y.talent_record_id, y.grade, y.cycle_year
                  from yearly_report y
                  join talent_record r2 on r2.id = y.talent_record_id
                  join application ba on ba.id = r2.application_id and ba.serial_no like 'BENCH-%'
                  where y.grade is not null and y.status in ('GRADED', 'CONFIRMED', 'FILED')
                  order by y.talent_record_id, y.cycle_year desc) y
            where y.talent_record_id = r.id and r.last_grade is null""";
}
