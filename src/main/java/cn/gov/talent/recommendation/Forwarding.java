package cn.gov.talent.recommendation;

import java.time.LocalDate;

/**
 * How far the recommending units are with forwarding their lists in one batch (推荐单位报送进度). The units expected
 * are those with a list begun, and those given places with a candidate to put on one: an application of their
 * subtree endorsed to them or nominated by them (a unit with places and nobody to nominate has nothing to
 * forward: forwarding refuses an empty list). A unit not forwarded waits either on the batch's deadline or, when
 * the office extended it, on its own.
 *
 * @param batchId the batch
 * @param expected the recommending units expected to forward a list
 * @param forwarded those that did
 * @param waiting those not forwarded whose deadline is the batch's
 * @param extendedWaiting those not forwarded whose extended deadline is today or later
 * @param nextExtension the nearest of those extended deadlines (null: none)
 * @param extendedOverdue those not forwarded whose extended deadline has passed
 * @param firstOverdueExtension the oldest of those passed deadlines (null: none)
 */
public record Forwarding(long batchId, long expected, long forwarded, long waiting, long extendedWaiting,
        LocalDate nextExtension, long extendedOverdue, LocalDate firstOverdueExtension) {
}
