package cn.gov.talent.application;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.jpa.domain.Specification;

import cn.gov.talent.shared.DataScope;

/**
 * Data scope for applications, as SQL: the unit subtree or unit or owner from {@link DataScope},
 * and the stages each kind of unit takes part in (an employer never sees a draft; a recommending
 * unit sees an application once its employer has endorsed it).
 */
final class ApplicationScope {

    static final Set<ApplicationStatus> HIDDEN_FROM_EMPLOYER = EnumSet.of(ApplicationStatus.DRAFT);

    static final Set<ApplicationStatus> HIDDEN_FROM_RECOMMENDER = EnumSet.of(ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.REJECTED);

    private ApplicationScope() {
    }

    static Specification<Application> within(DataScope scope) {
        return (root, query, cb) -> switch (scope.kind()) {
            case ALL -> cb.conjunction();
            case SUBTREE -> cb.and(cb.like(root.get("unitPath"), scope.unitPath() + "%"),
                    root.get("status").in(HIDDEN_FROM_RECOMMENDER).not());
            case UNIT -> cb.and(cb.equal(root.get("employerUnitId"), scope.unitId()),
                    root.get("status").in(HIDDEN_FROM_EMPLOYER).not());
            case OWN -> cb.equal(root.get("applicantId"), scope.userId());
            case NONE -> cb.disjunction();
        };
    }

    static boolean allows(DataScope scope, Application application) {
        return scope.allows(application.getUnitPath(), application.getEmployerUnitId(), application.getApplicantId())
                && switch (scope.kind()) {
                    case SUBTREE -> !HIDDEN_FROM_RECOMMENDER.contains(application.getStatus());
                    case UNIT -> !HIDDEN_FROM_EMPLOYER.contains(application.getStatus());
                    default -> true;
                };
    }
}
