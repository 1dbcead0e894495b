package cn.gov.talent.publication;

import java.io.Serializable;

/** The findings a recommending unit types after investigating an objection (the files come apart). */
class FindingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String findings;

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}
