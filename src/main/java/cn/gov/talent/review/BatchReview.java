package cn.gov.talent.review;

import java.time.LocalDate;

/**
 * Where one batch's review stands (the home page's dashboard): its latest round, that round's deadline and
 * reviews (专家评审完成: submitted of those assigned, conflicts and removed seats left out), whether the proposed
 * list is confirmed and, once it is, the departments consulted now and how many of them gave their opinion on it
 * (征求意见: an opinion of a unit no longer consulted is not counted, as {@link Proposals#awaitedDepartments}).
 */
public record BatchReview(long batchId, int round, LocalDate deadline, long assigned, long submitted,
        boolean proposalConfirmed, long opinions, long departments) {

    /** Reviews assigned and not yet submitted. */
    public long outstanding() {
        return assigned - submitted;
    }
}
