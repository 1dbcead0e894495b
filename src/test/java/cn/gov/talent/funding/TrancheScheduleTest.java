package cn.gov.talent.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.talent.shared.Refusal;

/**
 * The schedule of a person's fund (002 art. 28: research funds fixed once and paid over 3 years, extendable
 * by 2 years; 004 §三(一): 双高 project funds over the three-year cycle): the tranches fall due their months
 * after the cycle's start, share the amount to the fen and always add up to it; an extension lengthens the
 * fund's period by at most the plan's years, never the payments' schedule.
 */
class TrancheScheduleTest {

    static final LocalDate START = LocalDate.of(2026, 3, 15);

    static final List<PlannedTranche> YEARLY = List.of(new PlannedTranche(1, 0, ReleaseCondition.NONE, null),
            new PlannedTranche(2, 12, ReleaseCondition.NONE, null), new PlannedTranche(3, 24, ReleaseCondition.NONE, null));

    @Test
    void threeTranchesOverThreeYears() {
        List<TrancheSchedule.Due> due = TrancheSchedule.of(YEARLY, new BigDecimal("1000000"), START);

        assertThat(due).extracting(TrancheSchedule.Due::seq).containsExactly(1, 2, 3);
        assertThat(due).extracting(TrancheSchedule.Due::dueOn).containsExactly(LocalDate.of(2026, 3, 15),
                LocalDate.of(2027, 3, 15), LocalDate.of(2028, 3, 15));
        // an equal share to the fen, the remainder in the last tranche: exactly the amount, never a float's rounding
        assertThat(due).extracting(TrancheSchedule.Due::amount).containsExactly(new BigDecimal("333333.33"),
                new BigDecimal("333333.33"), new BigDecimal("333333.34"));
        assertThat(due.stream().map(TrancheSchedule.Due::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1000000");
        LocalDate end = TrancheSchedule.periodEnd(START, 3, 0);
        assertThat(end).isEqualTo(LocalDate.of(2029, 3, 15));
        assertThat(due).allSatisfy(tranche -> assertThat(tranche.dueOn()).isBefore(end));
    }

    @Test
    void theTranchesAlwaysAddUpToTheAmount() {
        for (String amount : List.of("50000", "150000", "200000", "0.01", "0.02", "99999.99", "100000.10", "7")) {
            for (int n = 1; n <= 12; n++) {
                List<PlannedTranche> plan = new java.util.ArrayList<>();
                for (int k = 0; k < n; k++) {
                    plan.add(new PlannedTranche(k + 1, k * 6, ReleaseCondition.NONE, null));
                }
                if (new BigDecimal(amount).compareTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(n))) < 0) {
                    continue; // less than a fen a tranche: no plan pays that
                }
                List<TrancheSchedule.Due> due = TrancheSchedule.of(plan, new BigDecimal(amount), START);
                assertThat(due.stream().map(TrancheSchedule.Due::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as("%s in %d tranches", amount, n).isEqualByComparingTo(amount);
                assertThat(due).allSatisfy(tranche -> assertThat(tranche.amount().scale()).isEqualTo(2));
            }
        }
    }

    @Test
    void aShuangGaoProjectIsPaidOverTheCycleTheLaterTranchesAfterTheYearlyReports() {
        List<PlannedTranche> plan = List.of(new PlannedTranche(1, 0, ReleaseCondition.NONE, null),
                new PlannedTranche(2, 12, ReleaseCondition.YEARLY_REPORT_FILED, 1),
                new PlannedTranche(3, 24, ReleaseCondition.YEARLY_REPORT_FILED, 2));

        List<TrancheSchedule.Due> due = TrancheSchedule.of(plan, new BigDecimal("150000"), START);

        assertThat(due).extracting(TrancheSchedule.Due::amount).containsOnly(new BigDecimal("50000.00"));
        assertThat(due).extracting(TrancheSchedule.Due::condition).containsExactly(ReleaseCondition.NONE,
                ReleaseCondition.YEARLY_REPORT_FILED, ReleaseCondition.YEARLY_REPORT_FILED);
        assertThat(due).extracting(TrancheSchedule.Due::reportYear).containsExactly(null, 1, 2);
    }

    @Test
    void aCycleFromTheTwentyNinthOfFebruaryFallsDueOnTheLastDayOfFebruary() {
        List<TrancheSchedule.Due> due = TrancheSchedule.of(YEARLY, new BigDecimal("300000"), LocalDate.of(2024, 2, 29));

        assertThat(due).extracting(TrancheSchedule.Due::dueOn).containsExactly(LocalDate.of(2024, 2, 29),
                LocalDate.of(2025, 2, 28), LocalDate.of(2026, 2, 28));
    }

    /** 002 art. 28: 原则上3年内统筹使用，确有需要且有工作合同的，可延长2年. */
    @Test
    void researchFundsAreExtendedByTwoYearsAtMost() {
        assertThat(TrancheSchedule.extended(0, 2, 2)).isEqualTo(2);
        assertThat(TrancheSchedule.extended(0, 1, 2)).isEqualTo(1);
        assertThat(TrancheSchedule.extended(1, 1, 2)).isEqualTo(2);
        assertThat(TrancheSchedule.periodEnd(START, 3, 2)).isEqualTo(LocalDate.of(2031, 3, 15));

        assertThatThrownBy(() -> TrancheSchedule.extended(0, 3, 2)).isInstanceOfSatisfying(Refusal.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("funding.extension.tooLong");
            assertThat(refused.arguments()).containsExactly(2, 0);
            assertThat(refused.field()).isEqualTo("years");
        });
        assertThatThrownBy(() -> TrancheSchedule.extended(2, 1, 2)).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("funding.extension.tooLong"));
        assertThatThrownBy(() -> TrancheSchedule.extended(0, 0, 2)).isInstanceOf(Refusal.class);
        // a kind of fund whose plan has no extension (双高 project funds) is never extended
        assertThatThrownBy(() -> TrancheSchedule.extended(0, 1, 0)).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("funding.extension.notExtendable"));
    }

    @Test
    void anExtensionLengthensThePeriodNotThePayments() {
        List<TrancheSchedule.Due> due = TrancheSchedule.of(YEARLY, new BigDecimal("1000000"), START);
        LocalDate extended = TrancheSchedule.periodEnd(START, 3, TrancheSchedule.extended(0, 2, 2));

        assertThat(extended).isEqualTo(START.plusYears(5));
        // paid over 3 years (分3年拨付) whatever the period of use
        assertThat(due).allSatisfy(tranche -> assertThat(tranche.dueOn()).isBefore(START.plusYears(3)));
    }
}
