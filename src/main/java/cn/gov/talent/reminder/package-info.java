/**
 * 催办 (issue 17): deadline reminders and escalation. A daily job, run once however many instances share the
 * database (ShedLock, ADR 0034), looks at every deadline the other modules keep (the employers' and the
 * recommending units' deadlines of a batch, the experts' review rounds, the objections' investigations, the
 * yearly reports, the tranches waiting for their condition), counts working days on the calendar, and sends
 * in-app notifications: so many working days before, to whoever must act; the working day after, to the level
 * above. Each reminder goes once per rule, subject and recipient (a unique key decides), and is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminder",
        allowedDependencies = {"application", "audit", "calendar", "funding", "notification", "organization",
                "program", "publication", "recommendation", "review", "shared", "tracking"})
package cn.gov.talent.reminder;
