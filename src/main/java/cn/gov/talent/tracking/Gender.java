package cn.gov.talent.tracking;

import cn.gov.talent.shared.Labelled;

/**
 * 性别 on the talent record, as the ID number tells it (its 17th digit: odd for a man), stored as
 * {@code M} or {@code F}; unknown (null) when the number does not say.
 */
public enum Gender implements Labelled {
    M, F;

    /** The gender the ID number's sex gives. */
    public static Gender of(boolean male) {
        return male ? M : F;
    }

    @Override
    public String messageKey() {
        return this == M ? "gender.MALE" : "gender.FEMALE";
    }
}
