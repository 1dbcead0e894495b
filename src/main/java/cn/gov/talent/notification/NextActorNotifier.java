package cn.gov.talent.notification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.ApplicationStatusChanged;
import cn.gov.talent.application.ApplicationWorkflow;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.shared.Role;

/**
 * After every status change, tells whoever acts next and the applicant. Who acts next is read
 * from the state table itself: the roles that have a row leaving the new status (withdrawal
 * aside). Runs inside the transaction of the change.
 */
@Component
class NextActorNotifier {

    private final Notifications notifications;
    private final Accounts accounts;
    private final Organization organization;

    NextActorNotifier(Notifications notifications, Accounts accounts, Organization organization) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.organization = organization;
    }

    @EventListener
    void on(ApplicationStatusChanged change) {
        String link = "/applications/" + change.applicationId();
        List<Long> nextActors = new ArrayList<>();
        ApplicationWorkflow.table().stream()
                .filter(row -> row.from() == change.to() && row.actor() != null
                        && row.event() != WorkflowEvent.WITHDRAW && row.actor() != Role.APPLICANT)
                .map(ApplicationWorkflow.Transition::actor).distinct()
                .forEach(role -> nextActors.addAll(recipients(role, change.employerUnitId())));
        notifications.send(nextActors, "notification.waiting." + change.to().name(), change.serialNo(), link);
        if (change.to() == ApplicationStatus.DISQUALIFIED) {
            List<Long> units = new ArrayList<>(recipients(Role.EMPLOYER, change.employerUnitId()));
            units.addAll(recipients(Role.RECOMMENDER, change.employerUnitId()));
            notifications.send(units, "notification.unit.DISQUALIFIED", change.serialNo(), link);
        }
        if (change.actorUserId() == null || change.actorUserId() != change.applicantId()) {
            notifications.send(List.of(change.applicantId()), "notification.applicant." + change.to().name(),
                    change.serialNo(), link);
        }
    }

    private List<Long> recipients(Role role, long employerUnitId) {
        return switch (role) {
            case EMPLOYER -> accounts.userIdsIn(employerUnitId, role);
            case RECOMMENDER -> organization.recommendingUnitOf(employerUnitId)
                    .map(unit -> accounts.userIdsIn(unit.id(), role)).orElse(List.of());
            default -> accounts.userIdsWithRole(role);
        };
    }
}
