package cn.gov.talent.application;

import cn.gov.talent.shared.Labelled;

/** What can happen to an application; each names one row (or one group of rows) of the state table. */
public enum WorkflowEvent implements Labelled {
    SUBMIT,
    RETURN,
    RESUBMIT,
    ENDORSE,
    REJECT,
    NOMINATE,
    DECLINE,
    RETURN_TO_EMPLOYER,
    FORWARD,
    PASS_FORMAL_REVIEW,
    FAIL_FORMAL_REVIEW,
    ASSIGN_EXPERTS,
    COMPLETE_REVIEWS,
    PROPOSE,
    LEAVE_OFF,
    START_NOTICE,
    APPROVE,
    UPHOLD_OBJECTION,
    PUBLISH,
    WITHDRAW;

    @Override
    public String messageKey() {
        return "event." + name();
    }
}
