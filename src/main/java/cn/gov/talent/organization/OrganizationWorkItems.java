package cn.gov.talent.organization;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Role;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.shared.WorkItemProvider;

/** For the administrator: accounts locked after failed sign-ins. */
@Component
class OrganizationWorkItems implements WorkItemProvider {

    private final Accounts accounts;

    OrganizationWorkItems(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            return List.of();
        }
        return List.of(new WorkItem("work.ADMIN.locked", accounts.countLocked(), "/admin/users"),
                new WorkItem("work.ADMIN.users", accounts.count(), "/admin/users"));
    }
}
