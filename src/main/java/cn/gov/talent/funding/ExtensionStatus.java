package cn.gov.talent.funding;

import cn.gov.talent.shared.Labelled;

/** An extension request: asked by the employer, decided by the office. */
public enum ExtensionStatus implements Labelled {
    REQUESTED, APPROVED, REFUSED;

    @Override
    public String messageKey() {
        return "funding.extension.status." + name();
    }
}
