package cn.gov.talent.tracking;

import cn.gov.talent.shared.Labelled;

/** What happens to a talent record (see {@link TalentLifecycle}). */
public enum TalentEvent implements Labelled {
    REQUEST_WITHDRAWAL,
    CANCEL_WITHDRAWAL,
    APPROVE_WITHDRAWAL,
    REFUSE_WITHDRAWAL,
    PROPOSE_EXIT,
    FORWARD_EXIT,
    RETURN_EXIT,
    PERSUADE_OUT,
    REVOKE,
    REJECT_EXIT,
    COMPLETE,
    FAIL_FINAL_ASSESSMENT;

    @Override
    public String messageKey() {
        return "talent.event." + name();
    }
}
