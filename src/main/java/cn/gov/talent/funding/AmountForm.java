package cn.gov.talent.funding;

import java.io.Serializable;
import java.math.BigDecimal;

/** The office's amount of one plan for a person. */
public class AmountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long planId;

    private BigDecimal amount;

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
