package cn.gov.talent.review;

import java.time.LocalDate;

/**
 * One expert's reviews not yet submitted in a round with a deadline, not yet aggregated (the reminders of the
 * experts' due date): the round, its batch and number, its deadline, the user the expert signs in as, and how
 * many reviews wait.
 */
public record ReviewDue(long roundId, long batchId, int round, LocalDate deadline, long expertUserId,
        long outstanding) {
}
