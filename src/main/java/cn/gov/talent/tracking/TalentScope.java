package cn.gov.talent.tracking;

import java.time.LocalDate;

import org.springframework.data.jpa.domain.Specification;

import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.LikePattern;

/**
 * Data scope for talent records, as SQL, as for applications: the office and the supervisor see
 * everyone, a recommending unit its subtree, an employer its own people, the person their own record.
 */
final class TalentScope {

    private TalentScope() {
    }

    static Specification<TalentRecord> within(DataScope scope) {
        return (root, query, cb) -> {
            var inScope = switch (scope.kind()) {
                case ALL -> cb.conjunction();
                case SUBTREE -> cb.like(root.get("unitPath"), scope.unitPath() + "%");
                case UNIT -> cb.equal(root.get("unitId"), scope.unitId());
                case OWN, NONE -> cb.disjunction();
            };
            return cb.or(inScope, cb.equal(root.get("applicantId"), scope.userId()));
        };
    }

    static boolean allows(DataScope scope, TalentRecord record) {
        return record.getApplicantId() == scope.userId()
                || scope.kind() != DataScope.Kind.OWN
                        && scope.allows(record.getUnitPath(), record.getUnitId(), record.getApplicantId());
    }

    /** The list's filters: status, program, year selected, a name or certificate number prefix, cycle ending by. */
    static Specification<TalentRecord> matching(TalentFilter filter) {
        return (root, query, cb) -> {
            var where = cb.conjunction();
            if (filter.getStatus() != null) {
                where = cb.and(where, cb.equal(root.get("status"), filter.getStatus()));
            }
            if (filter.getProgramId() != null) {
                where = cb.and(where, cb.equal(root.get("programId"), filter.getProgramId()));
            }
            if (filter.getYear() != null) {
                where = cb.and(where, cb.equal(root.get("year"), filter.getYear()));
            }
            if (filter.getQ() != null && !filter.getQ().isBlank()) {
                String pattern = LikePattern.startingWith(filter.getQ().trim());
                where = cb.and(where, cb.or(cb.like(root.get("personName"), pattern, '\\'),
                        cb.like(root.get("certificateNo"), pattern, '\\')));
            }
            return where;
        };
    }

    /** Active records whose cycle ends by this day (the final assessment is due). */
    static Specification<TalentRecord> endingBy(LocalDate day) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("status"), TalentStatus.ACTIVE),
                cb.lessThanOrEqualTo(root.get("cycleEnd"), day));
    }
}
