package cn.gov.talent.mobility;

import java.util.EnumSet;
import java.util.Set;

import cn.gov.talent.shared.Labelled;

/** Where a transfer stands (see {@link TransferFlow}). */
public enum TransferStatus implements Labelled {
    /** The person applied, naming the receiving employer and the reason; the current employer is to consent. */
    REQUESTED,
    /** The current employer consented; the receiving employer is to compile the materials. */
    CONSENTED,
    /** The receiving employer compiled the materials; the recommending unit above it is to review them. */
    COMPILED,
    /** Reviewed; the program office is to approve (with the advisory panel's opinion where one is needed). */
    REVIEWED,
    /** Approved: the record moved to the receiving employer. */
    APPROVED,
    /** Refused at one of the steps, with the reason. */
    REFUSED,
    /** Withdrawn by the person before the office decided (with a reason, if given). */
    WITHDRAWN;

    private static final Set<TransferStatus> OPEN = EnumSet.of(REQUESTED, CONSENTED, COMPILED, REVIEWED);

    /** Whether a step is still to come. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The audit trail names a transfer's states by this key too. */
    @Override
    public String messageKey() {
        return "audit.state.TRANSFER." + name();
    }
}
