package cn.gov.talent.notification;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.shared.WorkItemProvider;

/** Unread messages, on everyone's home page. */
@Component
class NotificationWorkItems implements WorkItemProvider {

    private final Notifications notifications;

    NotificationWorkItems(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        long unread = notifications.unread(user.id());
        return unread == 0 ? List.of() : List.of(new WorkItem("work.unreadNotifications", unread, "/notifications"));
    }
}
