package cn.gov.talent.tracking;

import java.time.LocalDate;

/**
 * A yearly report not yet submitted (or returned and not submitted again) whose due date comes (the reminders of
 * the yearly reports' due date): the record, the person who reports, the employer, the label the messages give it
 * (person, certificate and cycle year), the cycle year and the due date ({@link SupportCycle#reportDue}).
 */
public record ReportDue(long recordId, long applicantId, long unitId, String label, int cycleYear,
        LocalDate dueOn) {
}
