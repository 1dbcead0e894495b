package cn.gov.talent.funding;

import java.time.LocalDate;

import org.springframework.data.jpa.domain.Specification;

import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.LikePattern;

/**
 * Data scope for tranches, as SQL, as tracking's for talent records: the office and the supervisor see
 * every tranche, a recommending unit those of its subtree, an employer its own, a person their own, by
 * the unit and path the tranche carries (an unpaid tranche moves with the person; a paid one stays).
 */
final class FundingScope {

    private FundingScope() {
    }

    static Specification<FundingTranche> within(DataScope scope) {
        return (root, query, cb) -> {
            var inScope = switch (scope.kind()) {
                case ALL -> cb.conjunction();
                case SUBTREE -> cb.like(root.get("unitPath"), LikePattern.startingWith(scope.unitPath()), '\\');
                case UNIT -> cb.equal(root.get("unitId"), scope.unitId());
                case OWN, NONE -> cb.disjunction();
            };
            return cb.or(inScope, cb.equal(root.get("applicantId"), scope.userId()));
        };
    }

    static boolean allows(DataScope scope, FundingTranche tranche) {
        return tranche.getApplicantId() == scope.userId()
                || scope.kind() != DataScope.Kind.OWN
                        && scope.allows(tranche.getUnitPath(), tranche.getUnitId(), tranche.getApplicantId());
    }

    /** The unit path prefix of a scope as a LIKE pattern (the totals' native query), every unit for the office. */
    static String pattern(DataScope scope) {
        return scope.kind() == DataScope.Kind.SUBTREE ? LikePattern.startingWith(scope.unitPath()) : "/%";
    }

    /** An employer's own unit for the totals' native query; -1 for a wider scope. */
    static long unit(DataScope scope) {
        return scope.kind() == DataScope.Kind.UNIT ? scope.unitId() : -1;
    }

    /** The list's filters: status, kind, year due, a name or certificate prefix, one employer. */
    static Specification<FundingTranche> matching(TrancheFilter filter) {
        return (root, query, cb) -> {
            var where = cb.conjunction();
            if (filter.getStatus() != null) {
                where = cb.and(where, cb.equal(root.get("status"), filter.getStatus()));
            }
            if (filter.getKind() != null) {
                where = cb.and(where, cb.equal(root.get("kind"), filter.getKind()));
            }
            if (filter.getYear() != null && filter.getYear() >= 1900 && filter.getYear() <= 9999) {
                where = cb.and(where, cb.between(root.get("dueOn"), LocalDate.of(filter.getYear(), 1, 1),
                        LocalDate.of(filter.getYear(), 12, 31)));
            }
            if (filter.getUnitId() != null) {
                where = cb.and(where, cb.equal(root.get("unitId"), filter.getUnitId()));
            }
            if (filter.getQ() != null && !filter.getQ().isBlank()) {
                String pattern = LikePattern.startingWith(filter.getQ().trim());
                where = cb.and(where, cb.or(cb.like(root.get("personName"), pattern, '\\'),
                        cb.like(root.get("certificateNo"), pattern, '\\')));
            }
            return where;
        };
    }

    /** Paid tranches whose payment day falls in the period (the finance department's export). */
    static Specification<FundingTranche> paidBetween(LocalDate from, LocalDate to, Long unitId) {
        return (root, query, cb) -> {
            var where = cb.and(cb.equal(root.get("status"), TrancheStatus.PAID),
                    cb.between(root.get("paidOn"), from, to));
            return unitId == null ? where : cb.and(where, cb.equal(root.get("unitId"), unitId));
        };
    }
}
