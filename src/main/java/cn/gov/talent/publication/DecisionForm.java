package cn.gov.talent.publication;

import java.io.Serializable;

/** The reason the office types for its decision on an objection. */
class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
