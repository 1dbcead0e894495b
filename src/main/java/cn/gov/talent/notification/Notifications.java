package cn.gov.talent.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Sends and reads in-app notifications. */
@Service
@Transactional(readOnly = true)
public class Notifications {

    private final NotificationRepository notifications;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MailDelivery mail;

    Notifications(NotificationRepository notifications, JdbcTemplate jdbc, Clock clock, MailDelivery mail) {
        this.mail = mail;
        this.clock = clock;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    /**
     * Joins the caller's transaction: the message exists exactly when the change it announces
     * does. The transaction's messages are inserted together before it commits ({@link PendingNotifications}),
     * with a copy in the mail outbox for each recipient who wants it by e-mail.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Collection<Long> recipients, String messageKey, String subjectLabel, String link) {
        if (recipients.isEmpty()) {
            return;
        }
        PendingNotifications pending = PendingNotifications.current(jdbc, mail::deliverSoon);
        new LinkedHashSet<>(recipients).forEach(recipient -> pending.add(recipient, messageKey, subjectLabel, link, clock.instant()));
    }

    public Page<Notification> inbox(long userId, Pageable pageable) {
        PendingNotifications.writeCurrent();
        return notifications.findByRecipientUserId(userId, pageable);
    }

    public long unread(long userId) {
        PendingNotifications.writeCurrent();
        return notifications.countByRecipientUserIdAndReadAtIsNull(userId);
    }

    @Transactional
    public void markAllRead(long userId) {
        PendingNotifications.writeCurrent();
        notifications.markAllRead(userId, clock.instant());
    }
}
