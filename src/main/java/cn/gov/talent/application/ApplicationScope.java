package cn.gov.talent.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.jpa.domain.Specification;

import cn.gov.talent.shared.DataScope;

/**
 * Data scope for applications, as SQL: the unit subtree or unit from {@link DataScope}, and the
 * stages each kind of unit takes part in: an employer never sees a draft (nor one withdrawn before
 * it was submitted); a recommending unit sees an application once its employer has endorsed it.
 * Everyone sees their own applications, whatever other role they hold.
 */
final class ApplicationScope {

    static final Set<ApplicationStatus> HIDDEN_FROM_EMPLOYER = EnumSet.of(ApplicationStatus.DRAFT);

    static final Set<ApplicationStatus> HIDDEN_FROM_RECOMMENDER = EnumSet.of(ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.REJECTED);

    private ApplicationScope() {
    }

    static Specification<Application> within(DataScope scope) {
        return (root, query, cb) -> {
            var status = root.get("status");
            var withdrawn = cb.equal(status, ApplicationStatus.WITHDRAWN);
            var inScope = switch (scope.kind()) {
                case ALL -> cb.conjunction();
                case SUBTREE -> cb.and(cb.like(root.get("unitPath"), scope.unitPath() + "%"),
                        status.in(HIDDEN_FROM_RECOMMENDER).not(),
                        cb.or(withdrawn.not(), cb.isNotNull(root.get("endorsedAt"))));
                case UNIT -> cb.and(cb.equal(root.get("employerUnitId"), scope.unitId()),
                        status.in(HIDDEN_FROM_EMPLOYER).not(),
                        cb.or(withdrawn.not(), cb.isNotNull(root.get("submittedAt"))));
                case OWN, NONE -> cb.disjunction();
            };
            // whatever else they do, everyone sees their own applications
            return cb.or(inScope, cb.equal(root.get("applicantId"), scope.userId()));
        };
    }

    static boolean allows(DataScope scope, Application application) {
        return allows(scope, application.getApplicantId(), application.getStatus(), application.getUnitPath(),
                application.getEmployerUnitId(), application.getSubmittedAt(), application.getEndorsedAt());
    }

    /** The same, on the columns it reads: for a bulk transition, which reads these and not the whole application. */
    static boolean allows(DataScope scope, long applicantId, ApplicationStatus status, String unitPath,
            long employerUnitId, Instant submittedAt, Instant endorsedAt) {
        if (applicantId == scope.userId()) {
            return true;
        }
        boolean withdrawn = status == ApplicationStatus.WITHDRAWN;
        return scope.allows(unitPath, employerUnitId, applicantId)
                && switch (scope.kind()) {
                    case SUBTREE -> !HIDDEN_FROM_RECOMMENDER.contains(status) && (!withdrawn || endorsedAt != null);
                    case UNIT -> !HIDDEN_FROM_EMPLOYER.contains(status) && (!withdrawn || submittedAt != null);
                    case OWN, NONE -> false;
                    case ALL -> true;
                };
    }
}
