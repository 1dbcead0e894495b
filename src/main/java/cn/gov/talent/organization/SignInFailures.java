package cn.gov.talent.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins in the database, counted by single SQL statements so that concurrent requests and
 * several instances count the same: per (user name, client address) in {@code sign_in_failure}, and
 * per account (the account-wide ceiling) in {@code app_user}. ADR 0018.
 */
@Repository
class SignInFailures {

    /** How long a pair's row is kept after its last failure (and after its lock ended). */
    static final Duration KEEP = Duration.ofDays(1);

    /** The longest user name or address kept; longer input is cut (it matches no account anyway). */
    static final int USERNAME_MAX = 100;
    static final int ADDRESS_MAX = 64;

    private final JdbcTemplate jdbc;

    SignInFailures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A pair's failures after counting one more, and its lock if one is running. */
    record Count(int failures, Instant lockedUntil) {
    }

    /** An account's failures from all addresses after counting one more. */
    record AccountCount(long userId, String username, int failures, Instant lockedUntil) {
    }

    boolean isLocked(String username, String address, Instant now) {
        Integer locked = jdbc.queryForObject("""
                select count(*) from sign_in_failure
                where username = ? and client_address = ? and locked_until > ?""", Integer.class,
                username(username), address(address), at(now));
        return locked != null && locked > 0;
    }

    /**
     * Counts a failure of the pair. The count starts again when the previous failure is older than
     * {@code window} or the pair's last lock has ended.
     */
    Count countPairFailure(String username, String address, Instant now, Duration window) {
        OffsetDateTime windowStart = at(now.minus(window));
        Count count = jdbc.queryForObject("""
                insert into sign_in_failure as f (username, client_address, failures, last_failed_at)
                values (?, ?, 1, ?)
                on conflict (username, client_address) do update set
                    failures = case when f.last_failed_at < ? or f.locked_until <= excluded.last_failed_at
                        then 1 else f.failures + 1 end,
                    locked_until = case when f.last_failed_at < ? or f.locked_until <= excluded.last_failed_at
                        then null else f.locked_until end,
                    last_failed_at = excluded.last_failed_at
                returning failures, locked_until""",
                (rs, row) -> new Count(rs.getInt("failures"), instant(rs, "locked_until")),
                username(username), address(address), at(now), windowStart, windowStart);
        if (count != null && count.failures() == 1) {
            jdbc.update("delete from sign_in_failure where last_failed_at < ? and (locked_until is null or locked_until < ?)",
                    at(now.minus(KEEP)), at(now));
        }
        return count;
    }

    void lockPair(String username, String address, Instant until) {
        jdbc.update("update sign_in_failure set locked_until = ? where username = ? and client_address = ?", at(until),
                username(username), address(address));
    }

    /** A success from this address: its failures are forgotten (other addresses keep theirs). */
    void clearPair(String username, String address) {
        jdbc.update("delete from sign_in_failure where username = ? and client_address = ?", username(username),
                address(address));
    }

    /** The administrator unlocks: every address's failures and locks of the user name go. */
    int clearAll(String username) {
        return jdbc.update("delete from sign_in_failure where username = ?", username(username));
    }

    /** The addresses from which the user name is paused now. */
    List<SignInPause> pausesOf(String username, Instant now) {
        return jdbc.query("""
                select client_address, failures, locked_until from sign_in_failure
                where username = ? and locked_until > ? order by locked_until desc""",
                (rs, row) -> new SignInPause(rs.getString("client_address"), rs.getInt("failures"),
                        instant(rs, "locked_until")),
                username(username), at(now));
    }

    /** Which of these user names are paused from at least one address now: one query for a page of users. */
    Set<String> lockedAmong(Collection<String> usernames, Instant now) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query(connection -> {
            var select = connection.prepareStatement("""
                    select distinct username from sign_in_failure
                    where username = any (?) and locked_until > ?""");
            select.setArray(1, connection.createArrayOf("text", usernames.toArray()));
            select.setObject(2, at(now));
            return select;
        }, (rs, row) -> rs.getString(1)));
    }

    /** Accounts locked everywhere, or paused from at least one address, now. */
    long countLockedAccounts(Instant now) {
        Long count = jdbc.queryForObject("""
                select count(*) from app_user u
                where u.locked_until > ?
                   or exists (select 1 from sign_in_failure f where f.username = u.username and f.locked_until > ?)""",
                Long.class, at(now), at(now));
        return count == null ? 0 : count;
    }

    /**
     * Counts a failure against the account itself, whatever the address; the count starts again when
     * its window ({@code window} from its first failure) has passed. Empty when there is no such account.
     */
    Optional<AccountCount> countAccountFailure(String username, Instant now, Duration window) {
        OffsetDateTime windowStart = at(now.minus(window));
        List<AccountCount> counted = jdbc.query("""
                update app_user set
                    failed_attempts = case when failures_since is null or failures_since < ? then 1
                        else failed_attempts + 1 end,
                    failures_since = case when failures_since is null or failures_since < ? then ?
                        else failures_since end
                where username = ?
                returning id, username, failed_attempts, locked_until""",
                (rs, row) -> new AccountCount(rs.getLong("id"), rs.getString("username"), rs.getInt("failed_attempts"),
                        instant(rs, "locked_until")),
                windowStart, windowStart, at(now), username);
        return counted.stream().findFirst();
    }

    /** Locks the account for every address; its count starts again after the lock. */
    void lockAccount(long userId, Instant until) {
        jdbc.update("update app_user set locked_until = ?, failed_attempts = 0, failures_since = null where id = ?",
                at(until), userId);
    }

    private static String username(String username) {
        String name = username == null ? "" : username;
        return name.length() > USERNAME_MAX ? name.substring(0, USERNAME_MAX) : name;
    }

    private static String address(String address) {
        String value = address == null ? "unknown" : address;
        return value.length() > ADDRESS_MAX ? value.substring(0, ADDRESS_MAX) : value;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
