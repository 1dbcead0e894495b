package cn.gov.talent.funding;

import java.math.BigDecimal;

/**
 * An employer's funds in a year, in the reader's scope: how many people, what falls due that year (not
 * cancelled), what of it is released and waits for payment, what was paid that year, what was cancelled.
 */
public interface EmployerTotal {

    /** The employer's unit; null on the line of the grand total. */
    Long getUnitId();

    String getEmployerName();

    long getPeople();

    BigDecimal getDue();

    BigDecimal getReleased();

    BigDecimal getPaid();

    BigDecimal getCancelled();
}
