package cn.gov.talent.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender: delivers the outbox's due mail through the SMTP server Spring Boot configures from
 * {@code spring.mail.host}. Each mail is claimed, oldest due first, with {@code for update skip locked}
 * (several instances, or a prompt run beside the periodic poll, never take the same row), sent, and its
 * outcome recorded in a transaction of its own, so a crash resends at most the one mail in flight: SENT
 * exactly once (the update requires PENDING); on failure one more attempt counted and the next one after an
 * exponential backoff ({@code talent.mail.retry-backoff}, doubling up to {@code talent.mail.retry-backoff-max}),
 * until {@code talent.mail.max-attempts} (at once for a recipient's address that cannot be parsed), then
 * FAILED for the administrator to see and resend. A run sends at most 100 times {@code talent.mail.batch-size}
 * mails and leaves the rest to the next. Without
 * an SMTP server nothing is sent: due rows are HELD, visible in the outbox. Runs promptly after a
 * transaction that wrote mail commits (on a thread of its own, {@code talent.mail.deliver-after-commit}) and
 * every {@code talent.mail.poll-interval} once scheduling is on. Time is the application's clock.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    /** A run sends at most this many times the batch size: a backlog is left for the next run, not a run without end. */
    private static final int BATCHES_PER_RUN = 100;

    private static final int ERROR_MAX = 1000;

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}+");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailRenderer renderer;
    private final MessageSource messages;
    private final Clock clock;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration maxBackoff;
    private final String from;
    private final ExecutorService prompt;
    private final AtomicBoolean promptQueued = new AtomicBoolean();

    MailDelivery(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<JavaMailSender> mailSender,
            MailRenderer renderer, MessageSource messages, Clock clock,
            @Value("${talent.mail.batch-size:20}") int batchSize,
            @Value("${talent.mail.max-attempts:10}") int maxAttempts,
            @Value("${talent.mail.retry-backoff:PT1M}") Duration backoff,
            @Value("${talent.mail.retry-backoff-max:PT6H}") Duration maxBackoff,
            @Value("${talent.mail.from:noreply@localhost}") String from,
            @Value("${talent.mail.deliver-after-commit:true}") boolean deliverAfterCommit) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.mailSender = mailSender;
        this.renderer = renderer;
        this.messages = messages;
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
        this.maxAttempts = Math.max(1, maxAttempts);
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
        this.from = from;
        this.prompt = deliverAfterCommit ? Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-delivery");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    /**
     * Asks for a run soon, on the sender's own thread: called after a transaction that wrote mail has
     * committed, so the mail goes out at once instead of at the next poll. A request while one is already
     * queued is the same request.
     */
    public void deliverSoon() {
        if (prompt != null && promptQueued.compareAndSet(false, true)) {
            prompt.execute(() -> {
                promptQueued.set(false);
                try {
                    deliverDue();
                } catch (RuntimeException failed) {
                    log.warn("Prompt mail delivery failed; the next poll tries again", failed);
                }
            });
        }
    }

    /** The periodic run, once scheduling is enabled; safe on several instances without a lock (skip locked). */
    @Scheduled(fixedDelayString = "${talent.mail.poll-interval:PT1M}",
            initialDelayString = "${talent.mail.poll-interval:PT1M}")
    void poll() {
        deliverDue();
    }

    /**
     * Delivers what is due now, batch after batch, and says how many mails were sent. Without an SMTP
     * server, holds what is due instead (HELD) and sends nothing.
     */
    public int deliverDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            Integer held = transaction.execute(status -> jdbc.update(
                    "update mail_message set status = 'HELD' where status = 'PENDING' and next_attempt_at <= ?",
                    timestamp(clock.instant())));
            if (held != null && held > 0) {
                log.info("{} mails held: no SMTP server is configured (spring.mail.host)", held);
            }
            return 0;
        }
        int sent = 0;
        for (int mail = 0; mail < BATCHES_PER_RUN * batchSize; mail++) {
            Boolean outcome = transaction.execute(status -> deliverOne(sender));
            if (outcome == null) {
                break;
            }
            if (outcome) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * One mail, in a transaction of its own that holds its claimed row while sending: true when sent, false
     * when the attempt failed (counted), null when nothing is due. Each outcome commits by itself, so a crash
     * or a failed commit can send again at most the one mail in flight, not the mails sent before it.
     */
    private Boolean deliverOne(JavaMailSender sender) {
        Instant now = clock.instant();
        List<Map<String, Object>> due = jdbc.queryForList("""
                select id, to_address, locale, message_key, subject_label, link, attempts
                from mail_message
                where status = 'PENDING' and next_attempt_at <= ?
                order by next_attempt_at, id
                limit 1
                for update skip locked
                """, timestamp(now));
        if (due.isEmpty()) {
            return null;
        }
        Map<String, Object> mail = due.get(0);
        long id = ((Number) mail.get("id")).longValue();
        int attempt = ((Number) mail.get("attempts")).intValue() + 1;
        try {
            send(sender, id, mail);
        } catch (RuntimeException | jakarta.mail.MessagingException failed) {
            // a recipient's address that cannot be parsed fails the same way every time: given up at once
            boolean givingUp = attempt >= maxAttempts || failed instanceof BadRecipient;
            Instant next = givingUp ? now : now.plus(delayAfter(attempt));
            jdbc.update("""
                    update mail_message set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?
                    where id = ? and status = 'PENDING'
                    """, givingUp ? "FAILED" : "PENDING", attempt, timestamp(next), describe(failed), id);
            log.warn("Mail {} not sent (attempt {} of {}): {}", id, attempt, maxAttempts, failed.toString());
            return false;
        }
        jdbc.update("""
                update mail_message set status = 'SENT', attempts = ?, sent_at = ?, last_error = null
                where id = ? and status = 'PENDING'
                """, attempt, timestamp(clock.instant()), id);
        return true;
    }

    /** The wait before the next attempt after this many: the first backoff, doubled each time, up to the maximum. */
    Duration delayAfter(int attempts) {
        Duration delay = backoff;
        for (int i = 1; i < attempts && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    private void send(JavaMailSender sender, long id, Map<String, Object> mail) throws jakarta.mail.MessagingException {
        String language = (String) mail.get("locale");
        MailRenderer.Rendered rendered = renderer.render((String) mail.get("message_key"),
                (String) mail.get("subject_label"), (String) mail.get("link"), language);
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        try {
            helper.setFrom(from, messages.getMessage("app.name", null, "",
                    java.util.Locale.forLanguageTag(language == null ? "zh-CN" : language)));
        } catch (java.io.UnsupportedEncodingException impossible) {
            helper.setFrom(from);
        }
        try {
            helper.setTo((String) mail.get("to_address"));
        } catch (AddressException bad) {
            throw new BadRecipient(bad);
        }
        // a subject is one line whatever the labels in it hold (no header folded or injected by a line break)
        helper.setSubject(CONTROL.matcher(rendered.subject()).replaceAll(" ").strip());
        helper.setText(rendered.text(), rendered.html());
        // the outbox row, for whoever must match a delivered mail to it (or spot a duplicate)
        message.setHeader("X-Talent-Mail-Id", String.valueOf(id));
        sender.send(message);
    }

    /** The recipient's address is not one address (e.g. a filer's contact with a comma in it). */
    private static final class BadRecipient extends jakarta.mail.MessagingException {

        BadRecipient(AddressException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static String describe(Exception failed) {
        String text = failed.getClass().getSimpleName() + ": " + failed.getMessage();
        for (Throwable cause = failed.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text += " ← " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        return text.length() > ERROR_MAX ? text.substring(0, ERROR_MAX) : text;
    }

    /** An instant as the driver writes it to a timestamptz, whatever the JVM's time zone. */
    static java.time.OffsetDateTime timestamp(Instant at) {
        return java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
    }

    @PreDestroy
    void stop() {
        if (prompt != null) {
            prompt.shutdownNow();
        }
    }
}
