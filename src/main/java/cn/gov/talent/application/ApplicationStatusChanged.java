package cn.gov.talent.application;

/**
 * Published in the same transaction as every status change, for the modules that react to it
 * (notifications to the next actor, later the review and publication stages).
 */
public record ApplicationStatusChanged(long applicationId, String serialNo, long batchId, long applicantId,
        long employerUnitId,
        ApplicationStatus from, ApplicationStatus to, WorkflowEvent event, Long actorUserId, String actorUsername,
        String reason) {
}
