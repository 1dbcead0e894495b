package cn.gov.talent.mobility;

import cn.gov.talent.shared.Labelled;
import cn.gov.talent.shared.Role;

/**
 * Who takes a step of a transfer: a role, and for the units which unit of the transfer. The current employer
 * is the unit the record belongs to when the person applies; the supervising unit (主管部门) is the recommending
 * unit above the receiving employer.
 */
public enum TransferParty implements Labelled {
    PERSON(Role.APPLICANT),
    CURRENT_EMPLOYER(Role.EMPLOYER),
    RECEIVING_EMPLOYER(Role.EMPLOYER),
    SUPERVISING_UNIT(Role.RECOMMENDER),
    OFFICE(Role.OFFICE);

    private final Role role;

    TransferParty(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    @Override
    public String messageKey() {
        return "transfer.party." + name();
    }
}
