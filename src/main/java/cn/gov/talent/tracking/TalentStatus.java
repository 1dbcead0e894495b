package cn.gov.talent.tracking;

import cn.gov.talent.shared.Labelled;

import java.util.EnumSet;
import java.util.Set;

/** 人选状态: the talent record's state (see {@link TalentLifecycle}). */
public enum TalentStatus implements Labelled {
    /** In the support cycle. */
    ACTIVE,
    /** The person asked to withdraw (主动退出); the office decides. */
    WITHDRAWAL_REQUESTED,
    /** The employer proposed a persuasion to leave (劝退) or a revocation (取消资格); the recommending unit passes it up. */
    EXIT_PROPOSED,
    /** Passed up to the office, which decides. */
    EXIT_FORWARDED,
    /** The cycle completed with a final assessment of 合格 or 优秀. */
    COMPLETED,
    WITHDRAWN,
    PERSUADED_OUT,
    /** 取消资格 / 取消称号: for fraud, misconduct or law-breaking, or a final assessment of 不合格. */
    REVOKED;

    private static final Set<TalentStatus> ENDED = EnumSet.of(COMPLETED, WITHDRAWN, PERSUADED_OUT, REVOKED);

    private static final Set<TalentStatus> EXITED = EnumSet.of(WITHDRAWN, PERSUADED_OUT, REVOKED);

    /** Whether the cycle is over, one way or another. */
    public boolean isEnded() {
        return ENDED.contains(this);
    }

    /** Whether the person left the program before the cycle's end (主动退出, 劝退, 取消资格). */
    public boolean isExited() {
        return EXITED.contains(this);
    }

    /** Whether the certificate still stands: in the cycle (also with an exit pending) or completed. */
    public boolean certificateValid() {
        return !EXITED.contains(this);
    }

    @Override
    public String messageKey() {
        return "talent.status." + name();
    }
}
