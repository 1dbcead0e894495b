package cn.gov.talent.funding;

import java.math.BigDecimal;

/**
 * Funds of a group in yuan (经费统计): {@code dimension} {@code TOTAL}, {@code YEAR} (key the year) or {@code UNIT}
 * (key the path of the unit rolled up to; null for funds under none of them). Committed is what falls due in
 * the year (the tranches of the amounts the office set, less those cancelled), paid what was paid in the year.
 */
public record FundsCount(String dimension, String key, BigDecimal committed, BigDecimal paid) {
}
