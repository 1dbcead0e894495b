package cn.gov.talent.funding;

import cn.gov.talent.shared.Labelled;

/** What releases a tranche, besides its due date. */
public enum ReleaseCondition implements Labelled {
    /** Nothing: due is due (千人计划 research funds are not assessed yearly, 002 art. 28). */
    NONE,
    /** The person has taken up the work contract (正式履行工作合同后, 002 art. 27): recorded with the contract. */
    CONTRACT_TAKEN_UP,
    /** The yearly report of a year of the cycle is filed by the office in the 考绩档案 (tracking's FILED). */
    YEARLY_REPORT_FILED;

    @Override
    public String messageKey() {
        return "funding.condition." + name();
    }
}
