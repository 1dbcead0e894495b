package cn.gov.talent.funding;

import cn.gov.talent.shared.Labelled;

/** 经费类别: the kinds of fund a support plan pays. */
public enum FundKind implements Labelled {
    /** 项目资助经费 (004 §三(一): 双高 5–20万元 per person). */
    PROJECT,
    /** 研修资助经费 (004 §三(一): for those sent to study). */
    STUDY,
    /** 一次性补助 (002 art. 27: paid once the work contract is taken up; the employer may not withhold it). */
    ONE_TIME_GRANT,
    /** 科研经费 (002 art. 28: fixed once, paid over 3 years, not assessed yearly, extendable by 2 years). */
    RESEARCH;

    @Override
    public String messageKey() {
        return "funding.kind." + name();
    }
}
