package cn.gov.talent.tracking;

import cn.gov.talent.shared.Labelled;

/** 成果的类别 (004 §四(二)). */
public enum OutputKind implements Labelled {
    PAPER, MONOGRAPH, PATENT, AWARD, REPORT, STANDARD, TRANSFER;

    @Override
    public String messageKey() {
        return "talent.output.kind." + name();
    }
}
