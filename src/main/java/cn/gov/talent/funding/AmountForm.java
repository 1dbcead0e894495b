package cn.gov.talent.funding;

import java.math.BigDecimal;

/** The office's amount of one plan for a person. */
public class AmountForm {

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
