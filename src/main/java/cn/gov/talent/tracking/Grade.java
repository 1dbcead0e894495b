package cn.gov.talent.tracking;

import cn.gov.talent.shared.Labelled;

/** 年度考核等次 (000: 优秀 / 合格 / 基本合格 / 不合格). */
public enum Grade implements Labelled {
    EXCELLENT, PASS, BASIC_PASS, FAIL;

    @Override
    public String messageKey() {
        return "talent.grade." + name();
    }
}
