package cn.gov.talent.application;

import java.io.Serializable;

/**
 * What the employer types in its check: the opinion (单位意见) of an endorsement, the reason of a
 * return or a rejection. Flashed back to the application's page when refused.
 */
class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String opinion;

    private String reason;

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
