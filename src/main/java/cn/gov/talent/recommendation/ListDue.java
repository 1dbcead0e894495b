package cn.gov.talent.recommendation;

import java.time.LocalDate;

/**
 * A recommending unit expected to forward its list in a batch (as {@link Forwarding} counts it) that has not:
 * its deadline, the office's extension if it gave one, else the batch's.
 */
public record ListDue(long batchId, long unitId, LocalDate deadline, boolean extended) {
}
