package cn.gov.talent.review;

import java.io.Serializable;

/** What the office chooses and types to assign an expert by hand: the expert and the reason. */
class AssignForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long expertId;

    private String reason;

    public Long getExpertId() {
        return expertId;
    }

    public void setExpertId(Long expertId) {
        this.expertId = expertId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
