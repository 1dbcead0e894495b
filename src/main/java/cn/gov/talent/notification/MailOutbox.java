package cn.gov.talent.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;

/**
 * 邮件发件箱: mail to send. Copies of notifications enter it with the notifications themselves
 * ({@link PendingNotifications}); mail to someone who has no account, such as the public filer of an
 * objection, enters through {@link #sendTo}. The administrator reads it and puts a failed or held mail
 * back in the queue.
 */
@Service
@Transactional(readOnly = true)
public class MailOutbox {

    private final MailMessageRepository mails;
    private final JdbcTemplate jdbc;
    private final MailDelivery delivery;
    private final AuditTrail audit;
    private final Clock clock;

    MailOutbox(MailMessageRepository mails, JdbcTemplate jdbc, MailDelivery delivery, AuditTrail audit, Clock clock) {
        this.mails = mails;
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A mail to an address with no account behind it, in this language, saying the message {@code messageKey}
     * of the bundles with {@code subjectLabel} as its argument (and the template {@code mail/<messageKey>}
     * when there is one). Joins the caller's transaction: written with the change it announces, or not at all;
     * delivered after the commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendTo(String address, Locale language, String messageKey, String subjectLabel, String link) {
        Instant now = clock.instant();
        jdbc.update("""
                insert into mail_message (to_address, locale, message_key, subject_label, link, status, attempts,
                    next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                """, address.strip(), tag(language), messageKey, subjectLabel, link, MailDelivery.timestamp(now),
                MailDelivery.timestamp(now));
        deliverAfterCommit();
    }

    /** One page of the outbox, newest first (the caller's order), all or of one status. */
    public Page<MailMessage> page(MailStatus status, Pageable pageable) {
        return status == null ? mails.findAll(pageable) : mails.findByStatus(status, pageable);
    }

    /** How many mails stand in each status. */
    public Map<MailStatus, Long> counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        mails.countByStatus().forEach(row -> counts.put((MailStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * The administrator puts a mail that failed or was held back in the queue, with a fresh count of attempts,
     * due now; audited. A mail already sent is never sent again, nor one still waiting.
     */
    @Transactional
    public void resend(long id, Actor admin) {
        MailMessage mail = mails.findById(id).orElseThrow(() -> new NotFound("mail " + id));
        int changed = jdbc.update("""
                update mail_message set status = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = null
                where id = ? and status in ('FAILED', 'HELD')
                """, MailDelivery.timestamp(clock.instant()), id);
        if (changed == 0) {
            throw new Refusal("mail.resend.notResendable");
        }
        audit.record(new AuditEntry(admin, "MAIL", id, String.valueOf(id), "RESEND_MAIL", mail.getStatus().name(),
                MailStatus.PENDING.name(), null));
        deliverAfterCommit();
    }

    private void deliverAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.deliverSoon();
                }
            });
        }
    }

    private static String tag(Locale language) {
        return language != null && "en".equals(language.getLanguage()) ? "en" : "zh-CN";
    }
}
