package cn.gov.talent.review;

/** How far a round has come: candidates, slots left unfilled, and reviews by status. */
public record RoundProgress(long candidates, long candidatesUnfilled, long unfilledSlots, long assigned,
        long submitted, long conflicts, long removed) {

    /** Every slot filled and every active review submitted: the round can be aggregated. */
    public boolean isComplete() {
        return candidates > 0 && unfilledSlots == 0 && assigned == 0;
    }
}
