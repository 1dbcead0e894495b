package cn.gov.talent.tracking;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.StatisticsFilter;

/**
 * The statistics of the selected people (统计分析, issue 16), counted where the talent records are: each
 * method is one grouped statement (grouping sets where a page needs several breakdowns), whatever the number
 * of records, and returns small lines of counts. The records are narrowed by the reader's scope (their unit
 * path: the office and the supervisor every record, a recommending unit its subtree), the chosen unit, the
 * selection year and the categories. The grades and outputs per year are read from the counts the database keeps
 * in step with the yearly reports, final assessments, outputs and records ({@code talent_year_count}, V42_1,
 * ADR 0035). Read only.
 */
@Service
public class TalentStatistics {

    /** The records a statistic counts (alias {@code r}): scope, chosen unit, selection year, categories. */
    private static final String RECORDS = """
            r.unit_path like :scope and r.unit_path like :unit
              and (:year = 0 or r.year = :year)
              and (:categories = '' or r.category_id = any(cast(string_to_array(:categories, ',') as bigint[])))""";

    private static final String PEOPLE = """
            with counted as (
                select r.program_id, r.year, r.category_id, r.unit_id, r.unit_path, r.status,
                       max(r.employer_name) as employer_name, count(*) as n
                from talent_record r
                where %s
                group by r.program_id, r.year, r.category_id, r.unit_id, r.unit_path, r.status)
            select case when grouping(g.path) = 0 then 'UNIT'
                        when grouping(c.program_id, c.year) = 0 then 'PROGRAM_YEAR'
                        when grouping(c.category_id, c.year) = 0 then 'CATEGORY_YEAR'
                        when grouping(c.category_id) = 0 then 'CATEGORY'
                        when grouping(c.unit_id) = 0 then 'EMPLOYER'
                        when grouping(c.status) = 0 then 'STATUS'
                        else 'TOTAL' end as dimension,
                   case when grouping(g.path) = 0 then g.path
                        when grouping(c.program_id, c.year) = 0
                            then cast(c.program_id as varchar) || ':' || cast(c.year as varchar)
                        when grouping(c.category_id, c.year) = 0
                            then cast(c.category_id as varchar) || ':' || cast(c.year as varchar)
                        when grouping(c.category_id) = 0 then cast(c.category_id as varchar)
                        when grouping(c.unit_id) = 0 then cast(c.unit_id as varchar)
                        when grouping(c.status) = 0 then c.status end as key,
                   case when grouping(c.unit_id) = 0 then max(c.employer_name) end as label,
                   sum(c.n) as n
            from counted c
            left join unnest(string_to_array(:groups, ',')) as g(path) on c.unit_path like g.path || '%%'
            group by grouping sets ((g.path), (c.program_id, c.year), (c.category_id, c.year), (c.category_id),
                                    (c.unit_id), (c.status), ())
            order by 1, 2""".formatted(RECORDS);

    /** The age band at selection: on the day the list was published ({@link AgeBand}'s one CASE expression). */
    static final String AGE_BAND_AT_SELECTION = AgeBand.sql("r.birth_date", "r.issued_on");

    /** The profile's breakdowns, on the columns copied to the record when it is created (V36). */
    private static final String PROFILE = """
            with p as (
                select r.region, r.discipline_group, r.title_level, r.gender, %s as age_band
                from talent_record r
                where %s)
            select case when grouping(p.region) = 0 then 'REGION'
                        when grouping(p.discipline_group) = 0 then 'DISCIPLINE_GROUP'
                        when grouping(p.title_level) = 0 then 'TITLE_LEVEL'
                        when grouping(p.gender) = 0 then 'GENDER'
                        else 'AGE_BAND' end as dimension,
                   case when grouping(p.region) = 0 then p.region
                        when grouping(p.discipline_group) = 0 then p.discipline_group
                        when grouping(p.title_level) = 0 then p.title_level
                        when grouping(p.gender) = 0 then p.gender
                        else p.age_band end as key,
                   count(*) as n
            from p
            group by grouping sets ((p.region), (p.discipline_group), (p.title_level), (p.gender), (p.age_band))
            order by 1, 2""".formatted(AGE_BAND_AT_SELECTION, RECORDS);

    /** The counts per year a statistic reads (alias {@code c}, V42_1): scope, chosen unit, selection year, categories. */
    private static final String COUNTS = """
            c.unit_path like :scope and c.unit_path like :unit
              and (:year = 0 or c.record_year = :year)
              and (:categories = '' or c.category_id = any(cast(string_to_array(:categories, ',') as bigint[])))""";

    /**
     * The grades per year: an annual report graded (its grade from the employer on, confirmed or filed) counts in
     * the year before the one it is due in, a final assessment in the year it was decided (Beijing time).
     */
    private static final String ASSESSMENTS = """
            select c.figure as kind, c.year as assessed, c.key as grade, sum(c.n) as n
            from talent_year_count c
            where c.figure in ('ANNUAL', 'FINAL') and %s
            group by 1, 2, 3
            having sum(c.n) > 0
            order by 1, 2, 3""".formatted(COUNTS);

    private static final String OUTPUTS = """
            select c.year as achieved, c.key as kind, sum(c.n) as n, sum(c.major) as major
            from talent_year_count c
            where c.figure = 'OUTPUT' and %s
            group by 1, 2
            having sum(c.n) > 0
            order by 1, 2""".formatted(COUNTS);

    private final EntityManager entityManager;

    TalentStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The selected people counted in one statement: in total, per program and year, per category, per category
     * and year (the share of skilled people, 004 §二(一)), per employer, per unit of
     * {@link StatisticsFilter#groupPaths()} (a null key: under none of them) and per state.
     */
    @Transactional(readOnly = true)
    public List<TalentCount> people(DataScope scope, StatisticsFilter filter) {
        return counts(PEOPLE, scope, filter, true);
    }

    /**
     * The selected people by region, discipline group, title level, gender and age band at selection, on the
     * profile columns of the record; one statement. A value not recorded is counted under a null key (the age
     * band: UNKNOWN).
     */
    @Transactional(readOnly = true)
    public List<TalentCount> profile(DataScope scope, StatisticsFilter filter) {
        return counts(PROFILE, scope, filter, false);
    }

    /** The grades of the annual and final assessments per year: one statement. */
    @Transactional(readOnly = true)
    public List<GradeCount> assessments(DataScope scope, StatisticsFilter filter) {
        Query query = narrowed(ASSESSMENTS, scope, filter, false);
        if (query == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new GradeCount((String) row.get(0), ((Number) row.get(1)).intValue(),
                (String) row.get(2), ((Number) row.get(3)).longValue())).toList();
    }

    /** The outputs per year of achievement and kind: one statement. */
    @Transactional(readOnly = true)
    public List<OutputCount> outputs(DataScope scope, StatisticsFilter filter) {
        Query query = narrowed(OUTPUTS, scope, filter, false);
        if (query == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new OutputCount(((Number) row.get(0)).intValue(),
                OutputKind.valueOf((String) row.get(1)), ((Number) row.get(2)).longValue(),
                ((Number) row.get(3)).longValue())).toList();
    }

    private List<TalentCount> counts(String sql, DataScope scope, StatisticsFilter filter, boolean labelled) {
        Query query = narrowed(sql, scope, filter, labelled);
        if (query == null) {
            return List.of(new TalentCount("TOTAL", null, null, 0));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        int count = labelled ? 3 : 2;
        return rows.stream().map(row -> new TalentCount((String) row.get(0), (String) row.get(1),
                labelled ? (String) row.get(2) : null, row.get(count) == null ? 0
                        : ((Number) row.get(count)).longValue())).toList();
    }

    /** The statement with the record filter's parameters (and the units to roll up to); null outside any scope. */
    private Query narrowed(String sql, DataScope scope, StatisticsFilter filter, boolean grouped) {
        String pattern = StatisticsFilter.scopePattern(scope).orElse(null);
        if (pattern == null) {
            return null;
        }
        Query query = entityManager.createNativeQuery(sql, Tuple.class)
                .setParameter("scope", pattern)
                .setParameter("unit", filter.unitPattern())
                .setParameter("year", filter.yearOrZero())
                .setParameter("categories", filter.categoryList());
        return grouped ? query.setParameter("groups", filter.groupList()) : query;
    }
}
