package cn.gov.talent.shared;

import java.time.Duration;

/**
 * A client asked too often (a public look-up over its rate limit): answered 429 with a page in the
 * reader's language saying when to try again.
 */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super("too many requests; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
