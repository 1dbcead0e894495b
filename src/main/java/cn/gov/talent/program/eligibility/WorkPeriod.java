package cn.gov.talent.program.eligibility;

import java.time.LocalDate;

/**
 * One stretch of work history. {@code end} null means "until now" (the reference date);
 * {@code country} is an ISO 3166 alpha-2 code, {@code CN} for China.
 */
public record WorkPeriod(String country, LocalDate start, LocalDate end, boolean fullTime) {

    public boolean inChina() {
        return "CN".equalsIgnoreCase(country);
    }

    LocalDate endOr(LocalDate referenceDate) {
        return end == null || end.isAfter(referenceDate) ? referenceDate : end;
    }
}
