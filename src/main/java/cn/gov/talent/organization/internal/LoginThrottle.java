package cn.gov.talent.organization.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import cn.gov.talent.organization.LoginAttempts;

/**
 * 登录限制: after repeated failed sign-ins the account is locked for a while; the lock is in the
 * database, so it holds across restarts and instances.
 */
@Component
class LoginThrottle {

    private final LoginAttempts attempts;
    private final int maxFailures;
    private final Duration lockFor;

    LoginThrottle(LoginAttempts attempts, @Value("${talent.security.max-failed-logins:5}") int maxFailures,
            @Value("${talent.security.lock-duration:15m}") Duration lockFor) {
        this.attempts = attempts;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        attempts.failed(String.valueOf(event.getAuthentication().getPrincipal()), maxFailures, lockFor);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName());
    }
}
