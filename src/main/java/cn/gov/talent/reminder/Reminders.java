package cn.gov.talent.reminder;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.calendar.WorkingCalendar;
import cn.gov.talent.calendar.WorkingDays;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.shared.Actor;

/**
 * The reminders' public face: evaluates every rule on a day and sends what is due. For each thing a rule chases
 * ({@link DueSources}) the stage due that day is counted on the calendar ({@link ReminderDates}); its recipients
 * are written to {@code reminder_sent} with {@code insert ... on conflict do nothing}, and only those the insert
 * wrote are notified and audited, in the same transaction. So a run repeated, on this instance or another,
 * sends nothing twice: the second insert finds the key (or waits for the first's transaction and then finds it).
 * Each subject has its own transaction: one that fails is logged and tried again by the next run, and the
 * others go out.
 */
@Service
public class Reminders {

    /** Who the audit trail says sent a reminder. */
    static final Actor SYSTEM = Actor.system("reminders");

    static final String AUDIT_SUBJECT = "REMINDER";

    /** notification.subject_label and audit_record.subject_label are varchar(200). */
    private static final int LABEL_MAX = 200;

    /** The deadlines read around the day: enough for 20 working days before or after, with the longest holidays. */
    private static final int WINDOW_DAYS = 60;

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final DueSources sources;
    private final ReminderProperties properties;
    private final WorkingCalendar calendar;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reminders(DueSources sources, ReminderProperties properties, WorkingCalendar calendar,
            Notifications notifications, AuditTrail audit, Accounts accounts, JdbcTemplate jdbc,
            TransactionTemplate transactions, Clock clock) {
        this.sources = sources;
        this.properties = properties;
        this.calendar = calendar;
        this.notifications = notifications;
        this.audit = audit;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Evaluates every rule enabled on {@code today} and sends what is due (the daily job, a test). */
    public ReminderRun runOn(LocalDate today) {
        LocalDate from = today.minusDays(WINDOW_DAYS);
        LocalDate to = today.plusDays(WINDOW_DAYS);
        // every date a rule counts lies within twice the window: 20 working days and more from each deadline
        WorkingDays days = calendar.workingDays(from.minusDays(WINDOW_DAYS), to.plusDays(WINDOW_DAYS));
        Map<ReminderRule, Integer> reminded = new EnumMap<>(ReminderRule.class);
        Map<ReminderRule, Integer> escalated = new EnumMap<>(ReminderRule.class);
        int failures = 0;
        for (ReminderRule rule : ReminderRule.values()) {
            ReminderProperties.Rule settings = properties.rule(rule);
            if (!settings.isEnabled()) {
                continue;
            }
            List<Due> dues;
            try {
                dues = sources.of(rule, from, to);
            } catch (RuntimeException e) {
                log.error("Reminders of {} not read on {}: the next run tries again", rule, today, e);
                failures++;
                continue;
            }
            for (Due due : dues) {
                Optional<ReminderDates.Stage> stage = ReminderDates.stageOn(today, due.deadline(),
                        settings.getBefore(), settings.getEscalateAfter(), properties.getCatchUpDays(), days);
                if (stage.isEmpty()) {
                    continue;
                }
                try {
                    int sent = transactions.execute(status -> send(rule, due, stage.get(), today));
                    (stage.get().escalation() ? escalated : reminded).merge(rule, sent, Integer::sum);
                } catch (RuntimeException e) {
                    log.error("Reminder {} of {} ({}) not sent on {}: the next run tries again", rule,
                            due.subject(), stage.get().code(), today, e);
                    failures++;
                }
            }
        }
        ReminderRun run = new ReminderRun(today, reminded, escalated, failures);
        log.info("Reminders of {}: {} reminded, {} escalated, {} failed", today, reminded, escalated, failures);
        return run;
    }

    /** Sends one stage of one subject to those not yet sent it; how many were. Inside the caller's transaction. */
    int send(ReminderRule rule, Due due, ReminderDates.Stage stage, LocalDate today) {
        Collection<Long> recipients = new LinkedHashSet<>(stage.escalation() ? due.escalate().get()
                : due.remind().get());
        if (recipients.isEmpty()) {
            return 0;
        }
        String subject = stage.escalation() ? due.escalationSubject() : due.subject();
        Timestamp now = Timestamp.from(clock.instant());
        List<long[]> written = new ArrayList<>();
        jdbc.query(connection -> {
            var insert = connection.prepareStatement("""
                    insert into reminder_sent (rule, subject, stage, recipient_user_id, deadline, sent_on, sent_at)
                    select ?, ?, ?, recipient, ?, ?, ? from unnest(?::bigint[]) as recipient
                    on conflict on constraint reminder_sent_once do nothing
                    returning id, recipient_user_id""");
            insert.setString(1, rule.name());
            insert.setString(2, subject);
            insert.setString(3, stage.code());
            insert.setDate(4, Date.valueOf(due.deadline()));
            insert.setDate(5, Date.valueOf(today));
            insert.setTimestamp(6, now);
            insert.setArray(7, connection.createArrayOf("bigint", recipients.toArray(Long[]::new)));
            return insert;
        }, row -> {
            written.add(new long[] {row.getLong(1), row.getLong(2)});
        });
        if (written.isEmpty()) {
            return 0;
        }
        String label = fit(due.label());
        notifications.send(written.stream().map(line -> line[1]).toList(),
                stage.escalation() ? rule.escalateMessage() : rule.remindMessage(), label,
                stage.escalation() ? due.escalationLink() : due.link());
        // the recipients' user names for the audit notes, in one query for the whole stage
        Map<Long, String> usernames = accounts.usernamesOf(written.stream().map(line -> line[1]).toList());
        List<AuditEntry> entries = new ArrayList<>();
        for (long[] line : written) {
            String recipient = usernames.getOrDefault(line[1], String.valueOf(line[1]));
            entries.add(new AuditEntry(SYSTEM, AUDIT_SUBJECT, line[0], label,
                    stage.escalation() ? "ESCALATE_REMINDER" : "SEND_REMINDER", null, stage.code(), null)
                    .withNote("audit.note.reminder", AuditEntry.labels(rule.messageKey()), due.deadline(),
                            AuditEntry.names(List.of(recipient))));
        }
        audit.recordAll(entries);
        return written.size();
    }

    private static String fit(String label) {
        return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1) + "…";
    }
}
