package cn.gov.talent.tracking;

import cn.gov.talent.shared.Labelled;

/** 退出的方式 (002 art. 36). */
public enum ExitKind implements Labelled {
    /** 主动退出: asked for by the person. */
    WITHDRAWAL,
    /** 劝退: the post not taken up or the time on post not met, after recorded reminders. */
    PERSUASION,
    /** 取消资格: fraud, academic misconduct with bad influence, or breaking the law. */
    REVOCATION;

    @Override
    public String messageKey() {
        return "talent.exit." + name();
    }
}
