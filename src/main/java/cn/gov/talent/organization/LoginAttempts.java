package cn.gov.talent.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.BusinessTime;

/**
 * 登录限制 (ADR 0018): failed sign-ins are counted per (user name, client address). After
 * {@code talent.security.max-failed-logins} failures in a row from one address, sign-in with that user
 * name from that address pauses for {@code talent.security.lock-duration}; other addresses are not
 * affected, so a stranger cannot lock an official out. Unknown user names are counted the same way,
 * so a pause says nothing about whether the account exists. Above that, an account-wide ceiling
 * ({@code talent.security.max-failed-logins-per-account} failures from all addresses within
 * {@code talent.security.account-failure-window}) locks the account everywhere, against guessing
 * spread over many addresses. Every lock of a real account is audited with its reason; the
 * administrator sees it and can unlock. Everything is in the database, so it holds across restarts
 * and instances.
 */
@Service
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private static final Actor THROTTLE = Actor.system("login-throttle");

    private final UserAccountRepository users;
    private final SignInFailures failures;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailuresPerAddress;
    private final Duration lockFor;
    private final int maxFailuresPerAccount;
    private final Duration accountWindow;

    LoginAttempts(UserAccountRepository users, SignInFailures failures, AuditTrail audit, Clock clock,
            @Value("${talent.security.max-failed-logins:5}") int maxFailuresPerAddress,
            @Value("${talent.security.lock-duration:15m}") Duration lockFor,
            @Value("${talent.security.max-failed-logins-per-account:30}") int maxFailuresPerAccount,
            @Value("${talent.security.account-failure-window:1h}") Duration accountWindow) {
        this.users = users;
        this.failures = failures;
        this.audit = audit;
        this.clock = clock;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockFor = lockFor;
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.accountWindow = accountWindow;
    }

    /** Whether sign-in with this user name (as typed) from this address is paused now. */
    @Transactional(readOnly = true)
    public boolean isPaused(String username, String clientAddress) {
        return failures.isLocked(Accounts.normalizeUsername(username), clientAddress, clock.instant());
    }

    /**
     * A failed sign-in from this address: a wrong password, an unknown user name, or the right password of
     * a locked or disabled account.
     */
    @Transactional
    public void failed(String username, String clientAddress) {
        String name = Accounts.normalizeUsername(username);
        if (name == null || name.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        SignInFailures.Count pair = failures.countPairFailure(name, clientAddress, now, lockFor);
        boolean pairLocked = pair.lockedUntil() != null && pair.lockedUntil().isAfter(now);
        if (!pairLocked && pair.failures() >= maxFailuresPerAddress) {
            Instant until = now.plus(lockFor);
            failures.lockPair(name, clientAddress, until);
            users.findIdByUsername(name).ifPresentOrElse(
                    id -> audit.record(AuditEntry.of(THROTTLE, "USER", id, name, "LOCK_USER_ADDRESS")
                            .withNote("audit.note.lock.address", clientAddress, pair.failures(), local(until))),
                    () -> log.info("Sign-in with the unknown user name '{}' paused from {} after {} failures",
                            loggable(name), loggable(clientAddress), pair.failures()));
        }
        failures.countAccountFailure(name, now, accountWindow).ifPresent(account -> {
            boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(now);
            if (!locked && account.failures() >= maxFailuresPerAccount) {
                Instant until = now.plus(lockFor);
                failures.lockAccount(account.userId(), until);
                audit.record(AuditEntry.of(THROTTLE, "USER", account.userId(), account.username(), "LOCK_USER")
                        .withNote("audit.note.lock.account", account.failures(), accountWindow.toMinutes(),
                                local(until)));
            }
        });
    }

    /** An instant as the program's local date and time to the minute, for a note. */
    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, BusinessTime.ZONE).truncatedTo(ChronoUnit.MINUTES).toString()
                .replace('T', ' ');
    }

    /**
     * Text someone typed, safe for one log line: line breaks and other control characters, which could
     * forge further lines, are written as Java escapes (a backslash and {@code n}, {@code r}, {@code t}, or
     * {@code u} and four hex digits), and a backslash as two.
     */
    static String loggable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                case '\\' -> safe.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                        safe.append(String.format("\\u%04x", c));
                    } else {
                        safe.appendCodePoint(c);
                    }
                }
            }
        });
        return safe.toString();
    }

    /** A successful sign-in: the account's count and this address's failures are forgotten. */
    @Transactional
    public void succeeded(String username, String clientAddress) {
        users.findByUsername(Accounts.normalizeUsername(username)).ifPresent(user -> {
            users.recordSuccessfulLogin(user.getId(), clock.instant());
            failures.clearPair(user.getUsername(), clientAddress);
            audit.record(AuditEntry.of(new Actor(user.getId(), user.getUsername(), user.getRoles(),
                    user.getUnit().getId(), user.getUnit().getPath()), "USER", user.getId(), user.getUsername(),
                    "LOGIN"));
        });
    }
}
