package cn.gov.talent.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.talent.shared.Refusal;

/**
 * The schedule of a person's fund, a pure function of the plan's tranches, the amount and the day the
 * cycle started: tranche {@code k} falls due its months after the start and carries an equal share of the
 * amount in yuan and fen, the last one what remains, so that the tranches always add up to the amount
 * exactly. The fund's period runs from the start for the plan's years, plus any extension approved
 * (002 art. 28: research funds are paid over 3 years and may be used over 2 more where a work contract
 * exists; an extension lengthens the period of use, never the payments' schedule).
 */
public final class TrancheSchedule {

    private TrancheSchedule() {
    }

    /** A tranche as scheduled: its number, amount, due date and what releases it. */
    public record Due(int seq, BigDecimal amount, LocalDate dueOn, ReleaseCondition condition, Integer reportYear) {
    }

    /** The tranches of {@code amount} over the plan's schedule, from the cycle's start. */
    public static List<Due> of(List<PlannedTranche> plan, BigDecimal amount, LocalDate start) {
        if (plan.isEmpty()) {
            throw new IllegalArgumentException("A plan has at least one tranche");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("An amount is positive");
        }
        int n = plan.size();
        BigDecimal share = amount.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        BigDecimal last = amount.subtract(share.multiply(BigDecimal.valueOf(n - 1))).setScale(2, RoundingMode.UNNECESSARY);
        List<Due> due = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PlannedTranche tranche = plan.get(i);
            due.add(new Due(i + 1, i == n - 1 ? last : share.setScale(2, RoundingMode.UNNECESSARY),
                    start.plusMonths(tranche.getMonthsAfterStart()), tranche.getCondition(), tranche.getReportYear()));
        }
        return due;
    }

    /** The last day of a fund's period: its years from the start, plus the years of extension approved. */
    public static LocalDate periodEnd(LocalDate start, int years, int extensionYears) {
        return start.plusYears(years + extensionYears);
    }

    /**
     * The extension after a request of {@code years} more on top of {@code granted} already approved, within the
     * plan's {@code maximum}; refused with the reason otherwise (this kind of fund is not extended, or beyond
     * the maximum).
     */
    public static int extended(int granted, int years, int maximum) {
        if (maximum <= 0) {
            throw Refusal.onField("years", "funding.extension.notExtendable");
        }
        if (years < 1 || granted + years > maximum) {
            throw Refusal.onField("years", "funding.extension.tooLong", maximum, granted);
        }
        return granted + years;
    }
}
