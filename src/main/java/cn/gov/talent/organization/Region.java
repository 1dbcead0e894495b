package cn.gov.talent.organization;

import cn.gov.talent.shared.Labelled;

/**
 * 地区: the national statistics bureau's division of the provinces (东部 / 中部 / 西部 / 东北), which 002
 * art. 32 uses for the first term's regional rule. A unit's region is read from its province.
 */
public enum Region implements Labelled {
    /** 东部 */
    EAST,
    /** 中部 */
    CENTRAL,
    /** 西部 */
    WEST,
    /** 东北 */
    NORTHEAST;

    @Override
    public String messageKey() {
        return "region." + name();
    }
}
