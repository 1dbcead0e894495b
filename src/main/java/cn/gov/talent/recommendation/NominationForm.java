package cn.gov.talent.recommendation;

import java.io.Serializable;

/**
 * What the recommending unit typed for one candidate: the opinion (推荐意见) of a nomination, the reason
 * of a decline or a return. Flashed back to the page when refused, with the candidate it was for.
 */
class NominationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long applicationId;

    private String opinion;

    private String reason;

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
