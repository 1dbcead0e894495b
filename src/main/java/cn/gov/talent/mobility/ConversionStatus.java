package cn.gov.talent.mobility;

import cn.gov.talent.shared.Labelled;

/** Where a conversion of category stands: asked for, then approved or refused by the office. */
public enum ConversionStatus implements Labelled {
    REQUESTED,
    APPROVED,
    REFUSED;

    /** The audit trail names a conversion's states by this key too. */
    @Override
    public String messageKey() {
        return "audit.state.CONVERSION." + name();
    }
}
