package cn.gov.talent.tracking;

import cn.gov.talent.shared.Labelled;

/** The level of an output (a journal's, an award's, a project's). */
public enum OutputLevel implements Labelled {
    INTERNATIONAL, NATIONAL, PROVINCIAL, CITY, OTHER;

    @Override
    public String messageKey() {
        return "talent.output.level." + name();
    }
}
