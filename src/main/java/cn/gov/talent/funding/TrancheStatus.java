package cn.gov.talent.funding;

import cn.gov.talent.shared.Labelled;

/** Where a tranche stands: scheduled, released by the office, paid, or cancelled when the person left. */
public enum TrancheStatus implements Labelled {
    SCHEDULED, RELEASED, PAID, CANCELLED;

    /** Not paid and not cancelled: stops on an exit and moves on a transfer. */
    public boolean isOpen() {
        return this == SCHEDULED || this == RELEASED;
    }

    @Override
    public String messageKey() {
        return "funding.status." + name();
    }
}
