package cn.gov.talent.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rate limits per client address, for what anyone may ask without signing in (the public look-ups that
 * take a secret code, registration): at most so many requests of one kind (a bucket) per address in
 * each fixed window of {@code talent.rate-limit.window}. Counted in the database
 * ({@code rate_limit_window}, one statement per request), so several instances share the count. The
 * address is the request's remote address: behind a trusted proxy, the client's
 * ({@code server.forward-headers-strategy}, ADR 0018). The caller answers a request over its limit,
 * usually by throwing {@link cn.gov.talent.shared.TooManyRequests}.
 */
@Component
public class RateLimits {

    private static final int ADDRESS_MAX = 64;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration window;

    RateLimits(JdbcTemplate jdbc, Clock clock, @Value("${talent.rate-limit.window:10m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
    }

    /**
     * Counts one request of this kind from this address.
     *
     * @return how long until the window ends, when this request is over the limit; empty when it is within it
     */
    public Optional<Duration> count(String bucket, int limit, String clientAddress) {
        Instant now = clock.instant();
        long windowMillis = window.toMillis();
        Instant windowStart = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis);
        String address = clientAddress == null ? "unknown"
                : clientAddress.length() > ADDRESS_MAX ? clientAddress.substring(0, ADDRESS_MAX) : clientAddress;
        Integer hits = jdbc.queryForObject("""
                insert into rate_limit_window as w (bucket, client_address, window_start, hits) values (?, ?, ?, 1)
                on conflict (bucket, client_address, window_start) do update set hits = w.hits + 1
                returning hits""", Integer.class, bucket, address, at(windowStart));
        if (hits != null && hits == 1) {
            // a new window: forget the ones long past
            jdbc.update("delete from rate_limit_window where window_start < ?", at(windowStart.minus(window)));
        }
        return hits != null && hits > limit ? Optional.of(Duration.between(now, windowStart.plus(window)))
                : Optional.empty();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
