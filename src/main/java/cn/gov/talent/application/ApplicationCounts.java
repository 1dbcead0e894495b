package cn.gov.talent.application;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Component;

import cn.gov.talent.shared.DataScope;

/**
 * The counts of applications by status for the home pages, read from the lines the database keeps in step
 * with the applications ({@code application_counts}: the counts and the deltas not yet folded, V42 and V45, ADR 0035) instead of from every application: the
 * reader's data scope is applied to those lines as {@link ApplicationScope} applies it to applications (the
 * subtree or unit, and the stages each kind of unit takes part in), and the reader's own applications outside
 * that scope are added from the applications themselves (a few rows, by the applicant's index). One statement
 * each.
 */
@Component
class ApplicationCounts {

    /** {@link ApplicationScope#within} in SQL, on columns application and application_count both have. */
    private static final String IN_SCOPE = """
            (case :kind
                 when 'ALL' then true
                 when 'SUBTREE' then %1$s.unit_path like :path
                     and %1$s.status not in ('DRAFT', 'SUBMITTED', 'RETURNED', 'REJECTED')
                     and (%1$s.status <> 'WITHDRAWN' or %2$s)
                 when 'UNIT' then %1$s.employer_unit_id = :unit and %1$s.status <> 'DRAFT'
                     and (%1$s.status <> 'WITHDRAWN' or %3$s)
                 else false end)""";

    private static final String COUNTED = IN_SCOPE.formatted("c", "c.endorsed", "c.submitted");

    private static final String OWN_OUTSIDE = "not " + IN_SCOPE.formatted("a", "a.endorsed_at is not null",
            "a.submitted_at is not null");

    private static final String BY_BATCH_STATUS_AND_UNIT = """
            select x.batch_id, x.status, x.unit_path, sum(x.n) as n
            from (select c.batch_id, c.status, c.unit_path, c.n
                  from application_counts c
                  where c.batch_id = any(cast(string_to_array(:batches, ',') as bigint[])) and %s
                  union all
                  select a.batch_id, a.status, a.unit_path, 1
                  from application a
                  where a.applicant_id = :me and a.batch_id = any(cast(string_to_array(:batches, ',') as bigint[]))
                    and %s) x
            group by 1, 2, 3
            having sum(x.n) > 0""".formatted(COUNTED, OWN_OUTSIDE);

    private static final String BY_STATUS = """
            select x.status, sum(x.n) as n
            from (select c.status, c.n from application_counts c where %s
                  union all
                  select a.status, 1 from application a where a.applicant_id = :me and %s) x
            group by 1
            having sum(x.n) > 0""".formatted(COUNTED, OWN_OUTSIDE);

    private static final String WAITING_BY_EMPLOYER = """
            select c.batch_id, c.employer_unit_id, sum(c.n) as n
            from application_counts c
            where c.batch_id = any(cast(string_to_array(:batches, ',') as bigint[])) and c.status = :status
            group by 1, 2
            having sum(c.n) > 0""";

    private final EntityManager entityManager;

    ApplicationCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<BatchStatusCount> byBatchStatusAndUnit(DataScope scope, Collection<Long> batchIds) {
        Query query = scoped(BY_BATCH_STATUS_AND_UNIT, scope).setParameter("batches",
                String.join(",", batchIds.stream().map(String::valueOf).toList()));
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new BatchStatusCount(((Number) row.get(0)).longValue(),
                ApplicationStatus.valueOf((String) row.get(1)), (String) row.get(2),
                ((Number) row.get(3)).longValue())).toList();
    }

    Map<ApplicationStatus, Long> byStatus(DataScope scope) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = scoped(BY_STATUS, scope).getResultList();
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        rows.forEach(row -> counts.put(ApplicationStatus.valueOf((String) row.get(0)), ((Number) row.get(1)).longValue()));
        return counts;
    }

    List<EmployerWaiting> waitingByEmployer(Collection<Long> batchIds, ApplicationStatus status) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(WAITING_BY_EMPLOYER, Tuple.class)
                .setParameter("batches", String.join(",", batchIds.stream().map(String::valueOf).toList()))
                .setParameter("status", status.name())
                .getResultList();
        return rows.stream().map(row -> new EmployerWaiting(((Number) row.get(0)).longValue(),
                ((Number) row.get(1)).longValue(), ((Number) row.get(2)).longValue())).toList();
    }

    private Query scoped(String sql, DataScope scope) {
        return entityManager.createNativeQuery(sql, Tuple.class)
                .setParameter("kind", scope.kind().name())
                .setParameter("path", scope.unitPath() == null ? "" : scope.unitPath() + "%")
                .setParameter("unit", scope.unitId())
                .setParameter("me", scope.userId());
    }
}
