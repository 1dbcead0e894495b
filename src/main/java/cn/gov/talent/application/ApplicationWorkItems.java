package cn.gov.talent.application;

import static cn.gov.talent.application.ApplicationStatus.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.Role;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.shared.WorkItemProvider;

/** What waits for each role among the applications it can see: one grouped count query. */
@Component
class ApplicationWorkItems implements WorkItemProvider {

    private static final Map<Role, List<ApplicationStatus>> WAITING = Map.of(
            Role.APPLICANT, List.of(DRAFT, RETURNED),
            Role.EMPLOYER, List.of(SUBMITTED),
            Role.RECOMMENDER, List.of(ENDORSED, NOMINATED),
            Role.OFFICE, List.of(FORWARDED, QUALIFIED, REVIEWED, PROPOSED, IN_NOTICE, APPROVED),
            Role.SUPERVISOR, List.of(IN_REVIEW, IN_NOTICE));

    private final Applications applications;

    ApplicationWorkItems(Applications applications) {
        this.applications = applications;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        if (WAITING.keySet().stream().noneMatch(user::has)) {
            return List.of();
        }
        Map<ApplicationStatus, Long> counts = applications.countByStatus(DataScope.of(user));
        var items = new ArrayList<WorkItem>();
        for (Role role : Role.values()) {
            if (user.has(role) && WAITING.containsKey(role)) {
                for (ApplicationStatus status : WAITING.get(role)) {
                    items.add(new WorkItem("work." + role.name() + "." + status.name(),
                            counts.getOrDefault(status, 0L), "/applications?status=" + status.name()));
                }
            }
        }
        return items;
    }
}
