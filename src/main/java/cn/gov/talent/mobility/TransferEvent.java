package cn.gov.talent.mobility;

import cn.gov.talent.shared.Labelled;

/** What happens to a transfer (see {@link TransferFlow}); also the audit trail's action. */
public enum TransferEvent implements Labelled {
    CONSENT_TRANSFER,
    COMPILE_TRANSFER,
    REVIEW_TRANSFER,
    APPROVE_TRANSFER,
    REFUSE_TRANSFER,
    WITHDRAW_TRANSFER;

    @Override
    public String messageKey() {
        return "event." + name();
    }
}
