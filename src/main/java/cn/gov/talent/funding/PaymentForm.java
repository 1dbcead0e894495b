package cn.gov.talent.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A payment as the office records it: the day, the amount, the voucher number (凭证号). */
public class PaymentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The tranche the form was for (so that a refused form shows what was typed on its own row). */
    private Long trancheId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;

    private BigDecimal amount;

    private String voucherNo;

    public Long getTrancheId() {
        return trancheId;
    }

    public void setTrancheId(Long trancheId) {
        this.trancheId = trancheId;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getVoucherNo() {
        return voucherNo;
    }

    public void setVoucherNo(String voucherNo) {
        this.voucherNo = voucherNo;
    }
}
