package cn.gov.talent.funding;

import java.time.LocalDate;

/**
 * A scheduled tranche whose release condition (the work contract taken up, a yearly report filed) is still open
 * as its due date comes (the reminders of the tranches waiting for their condition): the employer who records
 * what is missing, the label and link the messages give it, the due date.
 */
public record TrancheDue(long trancheId, long unitId, String label, String link, LocalDate dueOn) {
}
