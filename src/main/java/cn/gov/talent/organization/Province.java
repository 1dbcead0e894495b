package cn.gov.talent.organization;

/**
 * 省级行政区: its code (the first two digits of the administrative division code), name, region and
 * whether it is 新疆 or 西藏 (the regions of the 新疆西藏项目, 002 art. 11). Reference data (table
 * {@code province}, V34).
 */
public record Province(String code, String name, Region region, boolean xinjiangTibet) {
}
