package cn.gov.talent.review;

import java.io.Serializable;

/** What a consulted department types on the proposed list: agree or not, and its comment. */
class OpinionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean agree;

    private String comment;

    public Boolean getAgree() {
        return agree;
    }

    public void setAgree(Boolean agree) {
        this.agree = agree;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
