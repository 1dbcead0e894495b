package cn.gov.talent.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 待发邮件: one mail of the outbox, to a user (a copy of one of their notifications) or to an address
 * alone (a public filer). Its text is made when it is sent, from the message key in its language.
 * Written and changed with SQL ({@link PendingNotifications}, {@link MailOutbox}, {@link MailDelivery});
 * read through this entity for the administrator's page.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notification_id")
    private Long notificationId;

    @Column(name = "recipient_user_id")
    private Long recipientUserId;

    @Column(name = "to_address")
    private String toAddress;

    private String locale;

    @Column(name = "message_key")
    private String messageKey;

    @Column(name = "subject_label")
    private String subjectLabel;

    private String link;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailMessage() {
    }

    public Long getId() {
        return id;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public Long getRecipientUserId() {
        return recipientUserId;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getLocale() {
        return locale;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public String getLink() {
        return link;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Whether the administrator may put it back in the queue: given up or held, never one already sent. */
    public boolean isResendable() {
        return status == MailStatus.FAILED || status == MailStatus.HELD;
    }
}
