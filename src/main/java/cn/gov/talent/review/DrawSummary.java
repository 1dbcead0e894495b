package cn.gov.talent.review;

import java.time.Instant;

/** A line of the draw list: who drew, when, with which seed; not the inputs themselves. */
public record DrawSummary(long id, long roundId, Long applicationId, long seed, int expertsPerApplication,
        String reason, String drawnBy, Instant drawnAt) {
}
