package cn.gov.talent.review;

import java.io.Serializable;

/** The reason the office types for drawing an application's panel again. */
class RedrawForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
