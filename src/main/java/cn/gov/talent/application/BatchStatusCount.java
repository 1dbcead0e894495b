package cn.gov.talent.application;

/** How many applications of one batch stand in one status (the dashboard's figures). */
public record BatchStatusCount(long batchId, ApplicationStatus status, long count) {
}
