package cn.gov.talent.reminder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * One thing a rule chases: what is due and by when, named for the messages, with whom to remind before and whom
 * to escalate to after (asked only when a stage is due). The subjects are the reminders' keys: a deadline moved
 * makes a new subject, reminded again; several things may share one escalation subject (a review round's
 * experts are escalated to the office once per round).
 *
 * @param subject what is reminded, with its deadline (e.g. {@code batch:12:unit:34:2026-10-09})
 * @param escalationSubject what is escalated, with its deadline
 * @param deadline the last day allowed
 * @param label what the notification names ({0} of its message)
 * @param link where the reminded act
 * @param escalationLink where the level above sees it
 * @param remind who is reminded
 * @param escalate who is told once it is overdue
 */
record Due(String subject, String escalationSubject, LocalDate deadline, String label, String link,
        String escalationLink, Supplier<Collection<Long>> remind, Supplier<Collection<Long>> escalate) {
}
