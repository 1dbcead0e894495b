package cn.gov.talent.publication;

import java.time.LocalDate;

/**
 * An objection under investigation (调查核实) by a recommending unit, with its due date (the reminders of the
 * investigations' due date). The unit knows it by its number, as its notification did.
 */
public record InvestigationDue(long objectionId, long unitId, LocalDate dueOn) {
}
