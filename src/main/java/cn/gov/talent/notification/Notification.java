package cn.gov.talent.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 站内消息: one message to one user; the text comes from the message bundle in the reader's
 * language. Written with SQL by {@link PendingNotifications}, read through this entity.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_user_id")
    private long recipientUserId;

    @Column(name = "message_key")
    private String messageKey;

    @Column(name = "subject_label")
    private String subjectLabel;

    private String link;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Long getId() {
        return id;
    }

    public long getRecipientUserId() {
        return recipientUserId;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
