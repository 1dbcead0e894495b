package cn.gov.talent.mobility;

import org.springframework.data.jpa.domain.Specification;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.Role;

/**
 * Data scope of transfers and conversions, as SQL and in memory. A transfer is seen by the person, both
 * employers, the recommending units above each (by path) and the office and the supervisor; a conversion by
 * the person, the employer and the recommending unit above it as they were when it was asked for, and the
 * office and the supervisor.
 */
final class MobilityScope {

    private MobilityScope() {
    }

    static Specification<Transfer> transfersWithin(DataScope scope) {
        return (root, query, cb) -> {
            var inScope = switch (scope.kind()) {
                case ALL -> cb.conjunction();
                case SUBTREE -> cb.or(cb.like(root.get("fromUnitPath"), scope.unitPath() + "%"),
                        cb.like(root.get("toUnitPath"), scope.unitPath() + "%"));
                case UNIT -> cb.or(cb.equal(root.get("fromUnitId"), scope.unitId()),
                        cb.equal(root.get("toUnitId"), scope.unitId()));
                case OWN, NONE -> cb.disjunction();
            };
            return cb.or(inScope, cb.equal(root.get("applicantId"), scope.userId()));
        };
    }

    static boolean allows(DataScope scope, Transfer transfer) {
        if (transfer.getApplicantId() == scope.userId()) {
            return true;
        }
        return switch (scope.kind()) {
            case ALL -> true;
            case SUBTREE -> transfer.getFromUnitPath().startsWith(scope.unitPath())
                    || transfer.getToUnitPath().startsWith(scope.unitPath());
            case UNIT -> transfer.getFromUnitId() == scope.unitId() || transfer.getToUnitId() == scope.unitId();
            case OWN, NONE -> false;
        };
    }

    /** The transfers whose next step is the reader's (the home page's work). */
    static Specification<Transfer> waitingFor(Actor actor) {
        return (root, query, cb) -> {
            var status = root.get("status");
            var waiting = cb.disjunction();
            if (actor.has(Role.EMPLOYER)) {
                waiting = cb.or(waiting,
                        cb.and(cb.equal(status, TransferStatus.REQUESTED),
                                cb.equal(root.get("fromUnitId"), actor.unitId())),
                        cb.and(cb.equal(status, TransferStatus.CONSENTED),
                                cb.equal(root.get("toUnitId"), actor.unitId())));
            }
            if (actor.has(Role.RECOMMENDER)) {
                waiting = cb.or(waiting, cb.and(cb.equal(status, TransferStatus.COMPILED),
                        cb.equal(root.get("reviewerUnitId"), actor.unitId())));
            }
            if (actor.has(Role.OFFICE)) {
                waiting = cb.or(waiting, cb.equal(status, TransferStatus.REVIEWED));
            }
            return waiting;
        };
    }

    static Specification<Transfer> transfersMatching(TransferFilter filter) {
        return (root, query, cb) -> {
            var where = cb.conjunction();
            if (filter.getStatus() != null) {
                where = cb.and(where, cb.equal(root.get("status"), filter.getStatus()));
            }
            if (filter.getRecordId() != null) {
                where = cb.and(where, cb.equal(root.get("talentRecordId"), filter.getRecordId()));
            }
            return where;
        };
    }

    static Specification<Conversion> conversionsWithin(DataScope scope) {
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

    static boolean allows(DataScope scope, Conversion conversion) {
        return conversion.getApplicantId() == scope.userId() || scope.kind() != DataScope.Kind.OWN
                && scope.allows(conversion.getUnitPath(), conversion.getUnitId(), conversion.getApplicantId());
    }

    static Specification<Conversion> conversionsMatching(ConversionStatus status, Long recordId) {
        return (root, query, cb) -> {
            var where = cb.conjunction();
            if (status != null) {
                where = cb.and(where, cb.equal(root.get("status"), status));
            }
            if (recordId != null) {
                where = cb.and(where, cb.equal(root.get("talentRecordId"), recordId));
            }
            return where;
        };
    }
}
