package cn.gov.talent.application;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.StatisticsFilter;

/**
 * The selection funnel (遴选漏斗, issue 16) counted where the applications are: how many applications reached
 * each stage from applied to selected, in total, per batch, per unit rolled up to and per category, in one
 * grouped statement whatever the number of applications (grouping sets over a first aggregate per unit path,
 * category, batch and stage reached), read from the counts the database keeps in step with the applications
 * ({@code application_counts}: the counts and the deltas not yet folded, V42 and V45, ADR 0035): a few thousand lines instead of every application. Read only.
 *
 * <p>The stage an application reached (the SQL function {@code application_stage}) is read from its status, the instants the workflow keeps and the
 * recommending unit's opinion (kept with every nomination): a withdrawn application counts as far as it went,
 * a submitted one returned by the recommending unit still counts as endorsed, and one back in review for a
 * later round counts as qualified. The office and the supervisor count every application; a recommending unit
 * its subtree from the submission on (a draft is the applicant's own: no unit sees it).
 */
@Service
public class ApplicationStatistics {

    private static final String FUNNEL = """
            with counted as (
                select a.unit_path, a.category_id, a.program_id, a.batch_year, a.stage, sum(a.n) as n
                from application_counts a
                where a.unit_path like :scope and a.unit_path like :unit
                  and (:year = 0 or a.batch_year = :year)
                  and (:categories = '' or a.category_id = any(cast(string_to_array(:categories, ',') as bigint[])))
                  and (:drafts or a.submitted)
                group by 1, 2, 3, 4, 5
                having sum(a.n) > 0)
            select case when grouping(g.path) = 0 then 'UNIT' when grouping(c.category_id) = 0 then 'CATEGORY'
                        when grouping(c.program_id, c.batch_year) = 0 then 'BATCH' else 'TOTAL' end as dimension,
                   case when grouping(g.path) = 0 then g.path
                        when grouping(c.category_id) = 0 then cast(c.category_id as varchar)
                        when grouping(c.program_id, c.batch_year) = 0
                            then cast(c.program_id as varchar) || ':' || cast(c.batch_year as varchar) end as key,
                   sum(c.n) as applied,
                   coalesce(sum(c.n) filter (where c.stage >= 1), 0) as submitted,
                   coalesce(sum(c.n) filter (where c.stage >= 2), 0) as endorsed,
                   coalesce(sum(c.n) filter (where c.stage >= 3), 0) as nominated,
                   coalesce(sum(c.n) filter (where c.stage >= 4), 0) as qualified,
                   coalesce(sum(c.n) filter (where c.stage >= 5), 0) as reviewed,
                   coalesce(sum(c.n) filter (where c.stage >= 6), 0) as proposed,
                   coalesce(sum(c.n) filter (where c.stage >= 7), 0) as selected
            from counted c
            left join unnest(string_to_array(:groups, ',')) as g(path) on c.unit_path like g.path || '%'
            group by grouping sets ((g.path), (c.category_id), (c.program_id, c.batch_year), ())
            order by 1, 2""";

    private final EntityManager entityManager;

    ApplicationStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The funnel in the reader's scope and the filter: a {@code TOTAL} line (also when nothing is counted),
     * then a line per batch, per unit of {@link StatisticsFilter#groupPaths()} with applications (and one with
     * a null key for those under none of them) and per category. One statement.
     */
    @Transactional(readOnly = true)
    public List<FunnelCounts> funnel(DataScope scope, StatisticsFilter filter) {
        String pattern = StatisticsFilter.scopePattern(scope).orElse(null);
        if (pattern == null) {
            return List.of(new FunnelCounts("TOTAL", null, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(FUNNEL, Tuple.class)
                .setParameter("scope", pattern)
                .setParameter("unit", filter.unitPattern())
                .setParameter("year", filter.yearOrZero())
                .setParameter("categories", filter.categoryList())
                .setParameter("drafts", scope.kind() == DataScope.Kind.ALL)
                .setParameter("groups", filter.groupList())
                .getResultList();
        List<FunnelCounts> counts = rows.stream().filter(row -> "TOTAL".equals(row.get(0)) || row.get(1) != null
                || "UNIT".equals(row.get(0))).map(row -> new FunnelCounts((String) row.get(0), (String) row.get(1),
                        number(row, 2), number(row, 3), number(row, 4), number(row, 5), number(row, 6),
                        number(row, 7), number(row, 8), number(row, 9))).toList();
        return counts.isEmpty() ? List.of(new FunnelCounts("TOTAL", null, 0, 0, 0, 0, 0, 0, 0, 0)) : counts;
    }

    private static long number(Tuple row, int index) {
        Object value = row.get(index);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
