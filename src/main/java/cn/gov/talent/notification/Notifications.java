package cn.gov.talent.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Sends and reads in-app notifications. */
@Service
@Transactional(readOnly = true)
public class Notifications {

    private final NotificationRepository notifications;

    Notifications(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** Joins the caller's transaction: the message exists exactly when the change it announces does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Collection<Long> recipients, String messageKey, String subjectLabel, String link) {
        new LinkedHashSet<>(recipients).forEach(recipient ->
                notifications.save(new Notification(recipient, messageKey, subjectLabel, link)));
    }

    public Page<Notification> inbox(long userId, Pageable pageable) {
        return notifications.findByRecipientUserId(userId, pageable);
    }

    public long unread(long userId) {
        return notifications.countByRecipientUserIdAndReadAtIsNull(userId);
    }

    @Transactional
    public void markAllRead(long userId) {
        notifications.markAllRead(userId, Instant.now());
    }
}
