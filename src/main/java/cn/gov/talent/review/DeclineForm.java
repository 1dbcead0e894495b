package cn.gov.talent.review;

import java.io.Serializable;

/** The reason an expert types when declining a task. */
class DeclineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
