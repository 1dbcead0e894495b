package cn.gov.talent.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.talent.shared.Refusal;
import cn.gov.talent.tracking.TalentStatus;

/**
 * What releases a tranche: its due date, and its condition — none (002 art. 28: research funds are not
 * assessed yearly), the work contract taken up (art. 27), the yearly report of its year filed in the
 * 考绩档案 (tracking's FILED, not merely submitted or graded) — while the person is in the cycle with no
 * exit pending. Each open condition is said, the condition first.
 */
class ReleaseCheckTest {

    static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    static ReleaseCheck.Facts facts(TalentStatus status, LocalDate contract, Integer... filed) {
        return new ReleaseCheck.Facts(status, contract, Set.of(filed), TODAY);
    }

    static List<String> open(LocalDate due, ReleaseCondition condition, Integer year, ReleaseCheck.Facts facts) {
        return ReleaseCheck.open(due, condition, year, facts).stream().map(ReleaseCheck.Open::messageKey).toList();
    }

    @Test
    void withoutAConditionATrancheIsReleasedOnceDue() {
        ReleaseCheck.Facts active = facts(TalentStatus.ACTIVE, null);
        assertThat(open(TODAY, ReleaseCondition.NONE, null, active)).isEmpty();
        assertThat(open(TODAY.minusYears(1), ReleaseCondition.NONE, null, active)).isEmpty();
        assertThat(ReleaseCheck.open(TODAY.plusDays(1), ReleaseCondition.NONE, null, active))
                .singleElement().satisfies(o -> {
                    assertThat(o.messageKey()).isEqualTo("funding.open.notDue");
                    assertThat(o.arguments()).containsExactly(TODAY.plusDays(1));
                });
    }

    /** 002 art. 27: 入选专家正式履行工作合同后一次性发放. */
    @Test
    void aOneTimeGrantWaitsForTheWorkContractToBeTakenUp() {
        assertThat(open(TODAY, ReleaseCondition.CONTRACT_TAKEN_UP, null, facts(TalentStatus.ACTIVE, null)))
                .containsExactly("funding.open.contract");
        assertThat(open(TODAY, ReleaseCondition.CONTRACT_TAKEN_UP, null,
                facts(TalentStatus.ACTIVE, TODAY.plusDays(10)))).containsExactly("funding.open.contractNotYet");
        assertThat(open(TODAY, ReleaseCondition.CONTRACT_TAKEN_UP, null, facts(TalentStatus.ACTIVE, TODAY)))
                .isEmpty();
        assertThat(open(TODAY, ReleaseCondition.CONTRACT_TAKEN_UP, null,
                facts(TalentStatus.ACTIVE, TODAY.minusYears(1)))).isEmpty();
    }

    /** 004 §三(一) with 000's annual assessment: a 双高 tranche follows the yearly report of its year, filed. */
    @Test
    void aShuangGaoTrancheWaitsForTheYearlyReportOfItsYearToBeFiled() {
        assertThat(ReleaseCheck.open(TODAY, ReleaseCondition.YEARLY_REPORT_FILED, 1, facts(TalentStatus.ACTIVE, null)))
                .singleElement().satisfies(o -> {
                    assertThat(o.messageKey()).isEqualTo("funding.open.report");
                    assertThat(o.arguments()).containsExactly(1);
                });
        // another year's report does not release it
        assertThat(open(TODAY, ReleaseCondition.YEARLY_REPORT_FILED, 2, facts(TalentStatus.ACTIVE, null, 1)))
                .containsExactly("funding.open.report");
        assertThat(open(TODAY, ReleaseCondition.YEARLY_REPORT_FILED, 1, facts(TalentStatus.ACTIVE, null, 1)))
                .isEmpty();
        assertThat(open(TODAY, ReleaseCondition.YEARLY_REPORT_FILED, 2, facts(TalentStatus.ACTIVE, null, 1, 2)))
                .isEmpty();
    }

    /** 002 art. 28: 经费使用进度不按年度考核 — research funds need no report, only their date. */
    @Test
    void researchFundsAreNotHeldByTheYearlyReports() {
        assertThat(open(TODAY, ReleaseCondition.NONE, null, facts(TalentStatus.ACTIVE, null))).isEmpty();
    }

    @Test
    void nothingIsReleasedWhileAnExitIsPendingNorAfterAnExit() {
        for (TalentStatus pending : List.of(TalentStatus.WITHDRAWAL_REQUESTED, TalentStatus.EXIT_PROPOSED,
                TalentStatus.EXIT_FORWARDED)) {
            assertThat(open(TODAY, ReleaseCondition.NONE, null, facts(pending, null)))
                    .as(pending.name()).containsExactly("funding.open.exitPending");
        }
        for (TalentStatus exited : List.of(TalentStatus.WITHDRAWN, TalentStatus.PERSUADED_OUT, TalentStatus.REVOKED)) {
            assertThat(open(TODAY, ReleaseCondition.NONE, null, facts(exited, null)))
                    .as(exited.name()).containsExactly("funding.open.exited");
        }
        // a completed cycle still pays what fell due in it
        assertThat(open(TODAY, ReleaseCondition.YEARLY_REPORT_FILED, 3, facts(TalentStatus.COMPLETED, null, 1, 2, 3)))
                .isEmpty();
    }

    @Test
    void aRefusedReleaseSaysEveryOpenConditionTheConditionFirst() {
        ReleaseCheck.Facts facts = facts(TalentStatus.ACTIVE, null);
        assertThatThrownBy(() -> ReleaseCheck.requireReleasable(TODAY.plusMonths(1), ReleaseCondition.YEARLY_REPORT_FILED,
                1, facts)).isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("funding.open.report");
                    assertThat(refused.problems()).extracting(Refusal.Problem::messageKey)
                            .containsExactly("funding.open.report", "funding.open.notDue");
                });
    }
}
