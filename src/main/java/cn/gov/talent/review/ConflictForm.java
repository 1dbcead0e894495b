package cn.gov.talent.review;

import java.io.Serializable;

/** The reason an expert types when declaring a conflict of interest (回避). */
class ConflictForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
