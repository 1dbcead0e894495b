package cn.gov.talent.application;

/**
 * How many applications of one batch, under one employer (its unit path, which names every unit above it), stand
 * in one status: the dashboard's figures, and who has candidates to forward.
 */
public record BatchStatusCount(long batchId, ApplicationStatus status, String unitPath, long count) {
}
