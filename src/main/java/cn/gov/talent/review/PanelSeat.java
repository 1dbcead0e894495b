package cn.gov.talent.review;

import java.math.BigDecimal;

/** One seat of an application's panel as the office sees it: who, and where their review stands. */
public record PanelSeat(long assignmentId, long applicationId, long expertId, String expertName,
        String expertEmployer, AssignmentStatus status, BigDecimal total, Recommendation recommendation,
        String statusReason) {
}
