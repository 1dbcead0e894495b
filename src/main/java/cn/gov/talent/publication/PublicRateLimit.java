package cn.gov.talent.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.gov.talent.shared.TooManyRequests;

/**
 * Rate limits of the public look-ups that take a secret (a certificate's verification code, an
 * objection's receipt code), per client address, so that nobody can try codes in bulk: at most so many
 * look-ups per address in each fixed window of {@code talent.rate-limit.window}. Counted in the
 * database ({@code rate_limit_window}, one statement per look-up), so several instances share the
 * count. The address is the request's remote address: behind a trusted proxy, the client's
 * ({@code server.forward-headers-strategy}, ADR 0018).
 */
@Component
class PublicRateLimit {

    /** What is limited, with its name in the table. */
    enum Check {
        CERTIFICATE("certificate-verification"), RECEIPT("objection-receipt");

        final String bucket;

        Check(String bucket) {
            this.bucket = bucket;
        }
    }

    private static final int ADDRESS_MAX = 64;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration window;
    private final int certificateChecks;
    private final int receiptChecks;

    PublicRateLimit(JdbcTemplate jdbc, Clock clock, @Value("${talent.rate-limit.window:10m}") Duration window,
            @Value("${talent.rate-limit.certificate-verifications:30}") int certificateChecks,
            @Value("${talent.rate-limit.objection-receipts:30}") int receiptChecks) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
        this.certificateChecks = certificateChecks;
        this.receiptChecks = receiptChecks;
    }

    /** How many look-ups of this kind one address may make in a window. */
    int limit(Check check) {
        return check == Check.CERTIFICATE ? certificateChecks : receiptChecks;
    }

    /** Counts one look-up from this address; throws {@link TooManyRequests} when it is over the limit. */
    void count(Check check, String clientAddress) {
        Instant now = clock.instant();
        long windowMillis = window.toMillis();
        Instant windowStart = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis);
        String address = clientAddress == null ? "unknown"
                : clientAddress.length() > ADDRESS_MAX ? clientAddress.substring(0, ADDRESS_MAX) : clientAddress;
        Integer hits = jdbc.queryForObject("""
                insert into rate_limit_window as w (bucket, client_address, window_start, hits) values (?, ?, ?, 1)
                on conflict (bucket, client_address, window_start) do update set hits = w.hits + 1
                returning hits""", Integer.class, check.bucket, address, at(windowStart));
        if (hits != null && hits == 1) {
            // a new window: forget the ones long past
            jdbc.update("delete from rate_limit_window where window_start < ?", at(windowStart.minus(window)));
        }
        if (hits != null && hits > limit(check)) {
            throw new TooManyRequests(Duration.between(now, windowStart.plus(window)));
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
