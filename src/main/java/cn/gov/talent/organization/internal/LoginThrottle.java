package cn.gov.talent.organization.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import cn.gov.talent.organization.LoginAttempts;

/**
 * Hands Spring Security's sign-in outcomes to {@link LoginAttempts}, with the client address the
 * sign-in came from (the request's remote address; behind a trusted proxy, the client's, see
 * {@code server.forward-headers-strategy} in {@code application-prod.properties}).
 */
@Component
class LoginThrottle {

    private final LoginAttempts attempts;

    LoginThrottle(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    /** A wrong password or an unknown user name (Spring Security reports both as bad credentials). */
    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        attempts.failed(String.valueOf(event.getAuthentication().getPrincipal()), address(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
