package cn.gov.talent.shared;

import java.time.Duration;

/**
 * A client asked too often (a public look-up or a registration over its rate limit): answered 429 with
 * a page in the reader's language saying what was refused and when to try again.
 */
public class TooManyRequests extends RuntimeException {

    /** The messages of a look-up over its limit: {@code error.429.title} and {@code error.429.text}. */
    public static final String LOOK_UPS = "error.429";

    private final Duration retryAfter;
    private final String messages;

    /** Too many look-ups. */
    public TooManyRequests(Duration retryAfter) {
        this(retryAfter, LOOK_UPS);
    }

    /**
     * Too many requests of another kind.
     *
     * @param messages the prefix of the page's messages: {@code messages + ".title"} and {@code messages + ".text"}
     */
    public TooManyRequests(Duration retryAfter, String messages) {
        super("too many requests; retry after " + retryAfter);
        this.retryAfter = retryAfter;
        this.messages = messages;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The prefix of the page's title and text keys. */
    public String messages() {
        return messages;
    }
}
