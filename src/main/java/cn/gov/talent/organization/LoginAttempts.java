package cn.gov.talent.organization;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;

/** Keeps count of failed sign-ins per account and locks it when there are too many. */
@Service
public class LoginAttempts {

    private final UserAccountRepository users;
    private final AuditTrail audit;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    public void failed(String username, int maxFailures, Duration lockFor) {
        users.findByUsername(Accounts.normalizeUsername(username)).ifPresent(user -> {
            user.recordFailedLogin(maxFailures, lockFor, clock.instant());
            if (user.isLocked(clock.instant())) {
                audit.record(AuditEntry.of(Actor.system("login-throttle"), "USER", user.getId(),
                        user.getUsername(), "LOCK_USER"));
            }
        });
    }

    @Transactional
    public void succeeded(String username) {
        users.findByUsername(Accounts.normalizeUsername(username)).ifPresent(user -> {
            user.recordSuccessfulLogin(clock.instant());
            audit.record(AuditEntry.of(new Actor(user.getId(), user.getUsername(), user.getRoles(),
                    user.getUnit().getId(), user.getUnit().getPath()), "USER", user.getId(), user.getUsername(),
                    "LOGIN"));
        });
    }
}
