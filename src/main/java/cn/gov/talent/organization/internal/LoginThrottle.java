package cn.gov.talent.organization.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
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

    /**
     * Every failed sign-in: a wrong password or an unknown user name (Spring Security reports both as bad
     * credentials), and the right password of a locked or disabled account (checked after the password,
     * see {@code SecurityConfiguration.signIn}), so that guessing at such an account is paused as well.
     */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
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
