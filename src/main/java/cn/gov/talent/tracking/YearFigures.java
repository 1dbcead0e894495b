package cn.gov.talent.tracking;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

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
    private static final String SCOPE = "with scope as (select unnest(string_to_array(?1, ',')) as path) ";

    private static final String UNDER = " join talent_record r on starts_with(r.unit_path, s.path) ";

    private static final String ENDED = "('COMPLETED', 'WITHDRAWN', 'PERSUADED_OUT', 'REVOKED')";

    private final EntityManager entityManager;

    YearFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Who joined and who left in the year. */
    @Transactional(readOnly = true)
    public List<Count> changes(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return rows(SCOPE + """
                select s.path, r.program_id, 'SELECTED', count(*) from scope s""" + UNDER + """
                where r.issued_on between ?2 and ?3 group by s.path, r.program_id
                union all
                select s.path, r.program_id, r.status, count(*) from scope s""" + UNDER + """
                where r.status in""" + " " + ENDED + """
                 and r.status_changed_on between ?2 and ?3 group by s.path, r.program_id, r.status""",
                joined(paths), first(year), last(year)).stream().map(YearFigures::count).toList();
    }

    /** The annual assessment's grades given in the year (and standing), per grade. */
    @Transactional(readOnly = true)
    public List<Count> annualGrades(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return rows(SCOPE + "select s.path, r.program_id, y.grade, count(*) from scope s" + UNDER + """
                join yearly_report y on y.talent_record_id = r.id
                where y.grade is not null and y.status in ('GRADED', 'CONFIRMED', 'FILED')
                and y.graded_at >= ?2 and y.graded_at < ?3 group by s.path, r.program_id, y.grade""",
                joined(paths), start(year), start(year + 1)).stream().map(YearFigures::count).toList();
    }

    /** The final assessments decided in the year, per outcome. */
    @Transactional(readOnly = true)
    public List<Count> finalOutcomes(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return rows(SCOPE + "select s.path, r.program_id, f.outcome, count(*) from scope s" + UNDER + """
                join final_assessment f on f.talent_record_id = r.id
                where f.decided_at >= ?2 and f.decided_at < ?3 group by s.path, r.program_id, f.outcome""",
                joined(paths), start(year), start(year + 1)).stream().map(YearFigures::count).toList();
    }

    /** Awards (by level) and major breakthroughs (by kind) achieved in the year. */
    @Transactional(readOnly = true)
    public List<Count> honours(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return rows(SCOPE + "select s.path, r.program_id, " + HONOUR_KEY + ", count(*) from scope s" + UNDER
                + """
                join talent_output o on o.talent_record_id = r.id
                where o.achieved_on between ?2 and ?3 and (o.kind = 'AWARD' or o.major)
                group by s.path, r.program_id, 3""",
                joined(paths), first(year), last(year)).stream().map(YearFigures::count).toList();
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
        return rows(SCOPE + """
                select s.path, r.program_id, 'SELECTED' as key, r.person_name, r.certificate_no, r.employer_name,
                       null as detail, r.issued_on as day from scope s""" + UNDER + """
                where r.issued_on between ?2 and ?3
                union all
                select s.path, r.program_id, r.status, r.person_name, r.certificate_no, r.employer_name, null,
                       r.status_changed_on from scope s""" + UNDER + """
                where r.status in""" + " " + ENDED + """
                 and r.status_changed_on between ?2 and ?3
                union all
                select s.path, r.program_id, 'FINAL_' || f.outcome, r.person_name, r.certificate_no, r.employer_name,
                       null, cast(f.decided_at at time zone 'Asia/Shanghai' as date) from scope s""" + UNDER + """
                join final_assessment f on f.talent_record_id = r.id
                where f.decided_at >= ?4 and f.decided_at < ?5
                order by 1, 3, 8, 4""", joined(paths), first(year), last(year), start(year), start(year + 1))
                .stream().map(YearFigures::named).toList();
    }

    /** The awards and major breakthroughs of the year, each with its title. */
    @Transactional(readOnly = true)
    public List<Named> honourList(Collection<String> paths, int year) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return rows(SCOPE + "select s.path, r.program_id, " + HONOUR_KEY + """
                , r.person_name, r.certificate_no, r.employer_name, o.title, o.achieved_on
                from scope s""" + UNDER + """
                join talent_output o on o.talent_record_id = r.id
                where o.achieved_on between ?2 and ?3 and (o.kind = 'AWARD' or o.major)
                order by 1, 3, 8, 4, o.id""", joined(paths), first(year), last(year)).stream()
                .map(YearFigures::named).toList();
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

    /** One native statement (counted with the others in Hibernate's statistics), its parameters numbered from 1. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static Count count(Object[] row) {
        return new Count((String) row[0], ((Number) row[1]).longValue(), (String) row[2],
                ((Number) row[3]).longValue());
    }

    private static Named named(Object[] row) {
        return new Named((String) row[0], ((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], day(row[7]));
    }

    /** A date column as the driver gives it. */
    static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atZone(BusinessTime.ZONE).toLocalDate();
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atZone(BusinessTime.ZONE).toLocalDate();
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.atZoneSameInstant(BusinessTime.ZONE).toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
