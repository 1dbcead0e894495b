package cn.gov.talent.tracking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.shared.BusinessTime;

/**
 * The figures of one calendar year of the talent records under each of the given unit paths (a recommending
 * unit's subtree), for the year-end report (年度统计报送, 000 Jiangxi §四(二): 人员变化、考核结果、重大学术突破、重大奖励).
 * Counted in SQL, one statement per figure whatever the number of records or of paths, grouped by path and
 * program (the caller knows each program's tier); read-only, small rows. A record counts under the unit it
 * follows now (its employer's path).
 * <ul>
 * <li>changes: SELECTED (issued in the year), and COMPLETED, WITHDRAWN, PERSUADED_OUT, REVOKED (the state
 * reached in the year);</li>
 * <li>annual grades: the yearly reports graded in the year whose grade stands (graded, confirmed or filed);</li>
 * <li>final outcomes: the final assessments decided in the year;</li>
 * <li>honours: the outputs achieved in the year that are awards (AWARD_ and the level) or reported as major
 * breakthroughs (MAJOR_ and the kind).</li>
 * </ul>
 */
@Service
public class YearFigures {

    /** How many records under the path, of the program, have the key. */
    public record Count(String scopePath, long programId, String key, long count) {
    }

    /**
     * A person behind a figure: the key, the name, the certificate, the employer, what (an output's title),
     * and the day it happened.
     */
    public record Named(String scopePath, long programId, String key, String personName, String certificateNo,
            String employerName, String detail, LocalDate on) {
    }

    /** The paths as one parameter: a comma-separated list (a path is digits and slashes). */
    private static final String SCOPE = "with scope as (select unnest(string_to_array(?, ',')) as path) ";

    private static final String UNDER = " join talent_record r on starts_with(r.unit_path, s.path) ";

    private static final String ENDED = "('COMPLETED', 'WITHDRAWN', 'PERSUADED_OUT', 'REVOKED')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    YearFigures(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Who joined and who left in the year. */
    @Transactional(readOnly = true)
    public List<Count> changes(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SCOPE + """
                select s.path, r.program_id, 'SELECTED', count(*) from scope s""" + UNDER + """
                where r.issued_on between ? and ? group by s.path, r.program_id
                union all
                select s.path, r.program_id, r.status, count(*) from scope s""" + UNDER + """
                where r.status in""" + " " + ENDED + """
                 and r.status_changed_on between ? and ? group by s.path, r.program_id, r.status""",
                (row, i) -> count(row), joined(paths), first(year), last(year), first(year), last(year));
    }

    /** The annual assessment's grades given in the year (and standing), per grade. */
    @Transactional(readOnly = true)
    public List<Count> annualGrades(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SCOPE + "select s.path, r.program_id, y.grade, count(*) from scope s" + UNDER + """
                join yearly_report y on y.talent_record_id = r.id
                where y.grade is not null and y.status in ('GRADED', 'CONFIRMED', 'FILED')
                and y.graded_at >= ? and y.graded_at < ? group by s.path, r.program_id, y.grade""",
                (row, i) -> count(row), joined(paths), start(year), start(year + 1));
    }

    /** The final assessments decided in the year, per outcome. */
    @Transactional(readOnly = true)
    public List<Count> finalOutcomes(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SCOPE + "select s.path, r.program_id, f.outcome, count(*) from scope s" + UNDER + """
                join final_assessment f on f.talent_record_id = r.id
                where f.decided_at >= ? and f.decided_at < ? group by s.path, r.program_id, f.outcome""",
                (row, i) -> count(row), joined(paths), start(year), start(year + 1));
    }

    /** Awards (by level) and major breakthroughs (by kind) achieved in the year. */
    @Transactional(readOnly = true)
    public List<Count> honours(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SCOPE + "select s.path, r.program_id, " + HONOUR_KEY + ", count(*) from scope s" + UNDER
                + """
                join talent_output o on o.talent_record_id = r.id
                where o.achieved_on between ? and ? and (o.kind = 'AWARD' or o.major)
                group by s.path, r.program_id, 3""",
                (row, i) -> count(row), joined(paths), first(year), last(year));
    }

    private static final String HONOUR_KEY =
            "case when o.kind = 'AWARD' then 'AWARD_' || o.level else 'MAJOR_' || o.kind end";

    /**
     * The people behind the changes and the final assessments of the year (key FINAL_ and the outcome), by
     * path, key, day and name.
     */
    @Transactional(readOnly = true)
    public List<Named> changedPeople(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SCOPE + """
                select s.path, r.program_id, 'SELECTED' as key, r.person_name, r.certificate_no, r.employer_name,
                       null as detail, r.issued_on as day from scope s""" + UNDER + """
                where r.issued_on between ? and ?
                union all
                select s.path, r.program_id, r.status, r.person_name, r.certificate_no, r.employer_name, null,
                       r.status_changed_on from scope s""" + UNDER + """
                where r.status in""" + " " + ENDED + """
                 and r.status_changed_on between ? and ?
                union all
                select s.path, r.program_id, 'FINAL_' || f.outcome, r.person_name, r.certificate_no, r.employer_name,
                       null, cast(f.decided_at at time zone 'Asia/Shanghai' as date) from scope s""" + UNDER + """
                join final_assessment f on f.talent_record_id = r.id
                where f.decided_at >= ? and f.decided_at < ?
                order by 1, 3, 8, 4""", (row, i) -> named(row), joined(paths), first(year), last(year), first(year),
                last(year), start(year), start(year + 1));
    }

    /** The awards and major breakthroughs of the year, each with its title. */
    @Transactional(readOnly = true)
    public List<Named> honourList(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SCOPE + "select s.path, r.program_id, " + HONOUR_KEY + """
                , r.person_name, r.certificate_no, r.employer_name, o.title, o.achieved_on
                from scope s""" + UNDER + """
                join talent_output o on o.talent_record_id = r.id
                where o.achieved_on between ? and ? and (o.kind = 'AWARD' or o.major)
                order by 1, 3, 8, 4, o.id""", (row, i) -> named(row), joined(paths), first(year), last(year));
    }

    /** Today, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String joined(Collection<String> paths) {
        for (String path : paths) {
            if (!path.matches("[/0-9]+")) {
                throw new IllegalArgumentException("not a unit path: " + path);
            }
        }
        return String.join(",", paths);
    }

    private static LocalDate first(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate last(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** The first instant of the year in China Standard Time. */
    private static Timestamp start(int year) {
        return Timestamp.from(first(year).atStartOfDay(BusinessTime.ZONE).toInstant());
    }

    private static Count count(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Count(row.getString(1), row.getLong(2), row.getString(3), row.getLong(4));
    }

    private static Named named(java.sql.ResultSet row) throws java.sql.SQLException {
        java.sql.Date day = row.getDate(8);
        return new Named(row.getString(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), day == null ? null : day.toLocalDate());
    }
}
