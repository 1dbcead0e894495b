package cn.gov.talent.publication;

import java.io.Serializable;

/** The employer's written explanation and who issued its proofs (the proofs come apart, as files). */
class ExplanationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String explanation;

    private String proofIssuer;

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getProofIssuer() {
        return proofIssuer;
    }

    public void setProofIssuer(String proofIssuer) {
        this.proofIssuer = proofIssuer;
    }
}
