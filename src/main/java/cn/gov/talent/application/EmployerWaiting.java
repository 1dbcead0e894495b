package cn.gov.talent.application;

/**
 * How many applications of one batch wait in one status at one employer (the reminders of the employers'
 * deadline: those still to check).
 */
public record EmployerWaiting(long batchId, long employerUnitId, long count) {
}
