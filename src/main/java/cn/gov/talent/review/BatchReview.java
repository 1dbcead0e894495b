package cn.gov.talent.review;

import java.time.LocalDate;

/**
 * Where one batch's review stands (the home page's dashboard): its latest round, that round's deadline and
 * reviews (专家评审完成: submitted of those assigned, conflicts and removed seats left out), whether the proposed
 * list is confirmed and how many departments gave their opinion on it.
 */
public record BatchReview(long batchId, int round, LocalDate deadline, long assigned, long submitted,
        boolean proposalConfirmed, long opinions) {

    /** Reviews assigned and not yet submitted. */
    public long outstanding() {
        return assigned - submitted;
    }
}
