package cn.gov.talent.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gov.talent.shared.Refusal;
import cn.gov.talent.tracking.TalentStatus;

/**
 * Whether a scheduled tranche may be released now, a pure function of the facts: what is still open, each
 * as a sentence (a message key and its arguments) the page shows and a refused release gives as its
 * reason. A tranche is released when it is due, its condition is met (none; the work contract taken up,
 * 002 art. 27; the yearly report of its year filed in the 考绩档案, tracking's FILED) and the person is in
 * the cycle with no exit pending (a decided exit cancels the tranche instead).
 */
public final class ReleaseCheck {

    private ReleaseCheck() {
    }

    /**
     * What the check looks at: the record's state, the day the work contract was taken up (null: none on
     * file), the cycle years whose yearly report is filed, and today.
     */
    public record Facts(TalentStatus recordStatus, LocalDate contractTakenUpOn, Set<Integer> filedReportYears,
            LocalDate today) {

        public Facts {
            filedReportYears = filedReportYears == null ? Set.of() : Set.copyOf(filedReportYears);
        }
    }

    /** One open condition, as the page says it. */
    public record Open(String messageKey, Object... arguments) {
    }

    /** What keeps the tranche from release now; empty when it may be released. */
    public static List<Open> open(LocalDate dueOn, ReleaseCondition condition, Integer reportYear, Facts facts) {
        List<Open> open = new ArrayList<>();
        if (facts.recordStatus().isExited()) {
            open.add(new Open("funding.open.exited", facts.recordStatus()));
        } else if (pendingExit(facts.recordStatus())) {
            open.add(new Open("funding.open.exitPending", facts.recordStatus()));
        }
        switch (condition) {
            case CONTRACT_TAKEN_UP -> {
                if (facts.contractTakenUpOn() == null) {
                    open.add(new Open("funding.open.contract"));
                } else if (facts.today().isBefore(facts.contractTakenUpOn())) {
                    open.add(new Open("funding.open.contractNotYet", facts.contractTakenUpOn()));
                }
            }
            case YEARLY_REPORT_FILED -> {
                if (reportYear == null || !facts.filedReportYears().contains(reportYear)) {
                    open.add(new Open("funding.open.report", reportYear));
                }
            }
            case NONE -> {
                // due is due
            }
        }
        if (facts.today().isBefore(dueOn)) {
            open.add(new Open("funding.open.notDue", dueOn));
        }
        return open;
    }

    /** Refuses the release with every open condition as its reasons, the first (the one the page flashes) first. */
    public static void requireReleasable(LocalDate dueOn, ReleaseCondition condition, Integer reportYear,
            Facts facts) {
        List<Open> open = open(dueOn, condition, reportYear, facts);
        if (!open.isEmpty()) {
            throw new Refusal(open.stream()
                    .map(o -> new Refusal.Problem(null, o.messageKey(), o.arguments())).toList());
        }
    }

    private static boolean pendingExit(TalentStatus status) {
        return status == TalentStatus.WITHDRAWAL_REQUESTED || status == TalentStatus.EXIT_PROPOSED
                || status == TalentStatus.EXIT_FORWARDED;
    }
}
