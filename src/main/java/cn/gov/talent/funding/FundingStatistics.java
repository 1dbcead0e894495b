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
 * and the categories of its fund; the year is the axis, never a filter. Read only.
 */
@Service
public class FundingStatistics {

    private static final String FUNDS = """
            with moved as (
                select t.unit_path, cast(extract(year from t.due_on) as int) as yr, t.amount as committed,
                       cast(0 as numeric) as paid
                from funding_tranche t join funding_grant g on g.id = t.grant_id
                where t.status <> 'CANCELLED' and %1$s
                union all
                select t.unit_path, cast(extract(year from t.paid_on) as int), cast(0 as numeric), t.paid_amount
                from funding_tranche t join funding_grant g on g.id = t.grant_id
                where t.status = 'PAID' and %1$s),
            per_unit as (
                select m.unit_path, m.yr, sum(m.committed) as committed, sum(m.paid) as paid
                from moved m group by m.unit_path, m.yr)
            select case when grouping(u.path) = 0 then 'UNIT' when grouping(p.yr) = 0 then 'YEAR'
                        else 'TOTAL' end as dimension,
                   case when grouping(u.path) = 0 then u.path
                        when grouping(p.yr) = 0 then cast(p.yr as varchar) end as key,
                   coalesce(sum(p.committed), 0) as committed, coalesce(sum(p.paid), 0) as paid
            from per_unit p
            left join unnest(string_to_array(:groups, ',')) as u(path) on p.unit_path like u.path || '%%'
            group by grouping sets ((u.path), (p.yr), ())
            order by 1, 2""".formatted("""
            t.unit_path like :scope and t.unit_path like :unit
                  and (:categories = '' or g.category_id = any(cast(string_to_array(:categories, ',') as bigint[])))""");

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
