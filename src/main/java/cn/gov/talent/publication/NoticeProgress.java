package cn.gov.talent.publication;

import java.time.LocalDate;

/**
 * Where one batch's public notice stands (the home page's dashboard): its period, whether the list was approved,
 * and its objections: filed, settled (dismissed or decided), waiting for the office's triage, under investigation
 * with the due date ahead (and the nearest), and past the due date (and the oldest).
 */
public record NoticeProgress(long batchId, LocalDate startsOn, LocalDate endsOn, boolean approved, long objections,
        long settled, long received, long investigating, LocalDate nextDue, long overdue, LocalDate firstOverdue) {
}
