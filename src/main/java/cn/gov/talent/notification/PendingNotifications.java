package cn.gov.talent.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The messages sent in the current transaction, inserted together with one statement just before
 * it commits, by {@link WritePendingNotifications} (and every 1,000 before that): a round's draw tells 20,000 applicants in one
 * transaction, and one insert each was a third of the draw's time. A message is therefore in the
 * table from the end of the transaction that sent it, or, for that transaction's own reads, from
 * the next read through {@link Notifications}; it is never written if the transaction rolls back.
 * The same statement copies each message into the mail outbox for a recipient with an e-mail address
 * whose preference asks for it ({@link ActionNeeded}); once the transaction has committed, the sender is
 * asked to deliver (ADR 0033).
 */
final class PendingNotifications implements TransactionSynchronization {

    private static final int CHUNK = 1000;

    private static final Logger log = LoggerFactory.getLogger(PendingNotifications.class);

    private final JdbcTemplate jdbc;
    private final Runnable deliverMail;
    private boolean mailWritten;
    private final List<Long> recipients = new ArrayList<>();
    private final List<String> messageKeys = new ArrayList<>();
    private final List<String> subjectLabels = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final List<String> createdAt = new ArrayList<>();

    private PendingNotifications(JdbcTemplate jdbc, Runnable deliverMail) {
        this.jdbc = jdbc;
        this.deliverMail = deliverMail;
    }

    /**
     * The current transaction's messages, registered with it on the first one; {@code deliverMail} runs
     * after the commit when the transaction wrote mail.
     */
    static PendingNotifications current(JdbcTemplate jdbc, Runnable deliverMail) {
        PendingNotifications pending = find();
        if (pending == null) {
            pending = new PendingNotifications(jdbc, deliverMail);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    /** Writes what the current transaction has sent so far: before it reads them back, and before it commits. */
    static void writeCurrent() {
        PendingNotifications pending = find();
        if (pending != null) {
            pending.write();
        }
    }

    private static PendingNotifications find() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingNotifications pending) {
                return pending;
            }
        }
        return null;
    }

    void add(long recipient, String messageKey, String subjectLabel, String link, Instant at) {
        recipients.add(recipient);
        messageKeys.add(messageKey);
        subjectLabels.add(subjectLabel);
        links.add(link);
        createdAt.add(at.toString());
        if (recipients.size() >= CHUNK) {
            write();
        }
    }

    /**
     * Every message is written before the commit by {@link WritePendingNotifications}; should one
     * ever be left (a transaction manager without that listener), the loss is reported instead of
     * passing unseen.
     */
    @Override
    public void afterCompletion(int status) {
        if (status == STATUS_COMMITTED && !recipients.isEmpty()) {
            log.error("{} notifications ({}) were not written before their transaction committed",
                    recipients.size(), messageKeys.get(0));
        }
        if (status == STATUS_COMMITTED && mailWritten) {
            deliverMail.run();
        }
    }

    private void write() {
        if (recipients.isEmpty()) {
            return;
        }
        String[] actionKeys = messageKeys.stream().distinct().filter(ActionNeeded::test).toArray(String[]::new);
        // one statement: the notifications, and their copies in the outbox for whoever wants them by mail
        int mails = jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    with written as (
                        insert into notification (recipient_user_id, message_key, subject_label, link, created_at)
                        select message.recipient_user_id, message.message_key, message.subject_label, message.link,
                            message.created_at
                        from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::timestamptz[]) with ordinality
                            as message (recipient_user_id, message_key, subject_label, link, created_at, n)
                        order by message.n
                        returning id, recipient_user_id, message_key, subject_label, link, created_at
                    )
                    insert into mail_message (notification_id, recipient_user_id, to_address, locale, message_key,
                        subject_label, link, status, attempts, next_attempt_at, created_at)
                    select written.id, written.recipient_user_id, btrim(recipient.email), recipient.preferred_language,
                        written.message_key, written.subject_label, written.link, 'PENDING', 0, written.created_at,
                        written.created_at
                    from written join app_user recipient on recipient.id = written.recipient_user_id
                    where recipient.enabled and btrim(coalesce(recipient.email, '')) <> ''
                        and (recipient.mail_preference = 'ALL'
                            or (recipient.mail_preference = 'ACTION_NEEDED' and written.message_key = any(?::text[])))
                    order by written.id
                    """);
            insert.setArray(1, connection.createArrayOf("bigint", recipients.toArray(Long[]::new)));
            insert.setArray(2, connection.createArrayOf("text", messageKeys.toArray(String[]::new)));
            insert.setArray(3, connection.createArrayOf("text", subjectLabels.toArray(String[]::new)));
            insert.setArray(4, connection.createArrayOf("text", links.toArray(String[]::new)));
            insert.setArray(5, connection.createArrayOf("text", createdAt.toArray(String[]::new)));
            insert.setArray(6, connection.createArrayOf("text", actionKeys));
            return insert;
        });
        mailWritten |= mails > 0;
        recipients.clear();
        messageKeys.clear();
        subjectLabels.clear();
        links.clear();
        createdAt.clear();
    }
}
