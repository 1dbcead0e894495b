package cn.gov.talent.review;

import java.io.Serializable;

/**
 * The reason the office types to include or exclude one application of the proposed list, with
 * that application (the one in the address), so the page shows the reason again beside it only.
 */
class AdjustmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long applicationId;

    private String reason;

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
