package cn.gov.talent.funding;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.StatisticsFilter;

/**
 * The funds committed and paid per year and per unit (经费统计, issue 16), counted where the tranches are, in one
 * grouped statement whatever their number. A tranche counts where it is now (an unpaid one moves with the
 * person, a paid one stays with the employer that paid it), narrowed by the reader's scope, the chosen unit
 * and the categories of its fund; the year is the axis, never a filter. Read from the sums the database keeps in
 * step with the tranches ({@code funding_year_count}, V42_2, ADR 0035): committed in the year due unless
 * cancelled, paid in the year paid. Read only.
 */
@Service
public class FundingStatistics {

    private static final String FUNDS = """
            with per_unit as (
                select c.unit_path, c.year as yr, sum(c.committed) as committed, sum(c.paid) as paid
                from funding_year_count c
                where c.unit_path like :scope and c.unit_path like :unit
                  and (:categories = '' or c.category_id = any(cast(string_to_array(:categories, ',') as bigint[])))
                group by c.unit_path, c.year
                having sum(c.committed) <> 0 or sum(c.paid) <> 0)
            select case when grouping(u.path) = 0 then 'UNIT' when grouping(p.yr) = 0 then 'YEAR'
                        else 'TOTAL' end as dimension,
                   case when grouping(u.path) = 0 then u.path
                        when grouping(p.yr) = 0 then cast(p.yr as varchar) end as key,
                   coalesce(sum(p.committed), 0) as committed, coalesce(sum(p.paid), 0) as paid
            from per_unit p
            left join unnest(string_to_array(:groups, ',')) as u(path) on p.unit_path like u.path || '%'
            group by grouping sets ((u.path), (p.yr), ())
            order by 1, 2""";

    private final EntityManager entityManager;

    FundingStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A {@code TOTAL} line, then a line per year and per unit of {@link StatisticsFilter#groupPaths()}. */
    @Transactional(readOnly = true)
    public List<FundsCount> funds(DataScope scope, StatisticsFilter filter) {
        String pattern = StatisticsFilter.scopePattern(scope).orElse(null);
        if (pattern == null) {
            return List.of(new FundsCount("TOTAL", null, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(FUNDS, Tuple.class)
                .setParameter("scope", pattern)
                .setParameter("unit", filter.unitPattern())
                .setParameter("categories", filter.categoryList())
                .setParameter("groups", filter.groupList())
                .getResultList();
        return rows.stream().map(row -> new FundsCount((String) row.get(0), (String) row.get(1),
                amount(row.get(2)), amount(row.get(3)))).toList();
    }

    private static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
