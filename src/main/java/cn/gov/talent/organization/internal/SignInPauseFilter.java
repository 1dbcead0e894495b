package cn.gov.talent.organization.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.gov.talent.organization.LoginAttempts;

/**
 * Before the password is checked: a sign-in with a user name that is paused from this client address
 * is answered as any failed sign-in, without checking the password (so a guess made during the pause
 * is not even tried). Unknown user names pause the same way, so the answer and its timing say nothing
 * about whether the account exists. Not a bean: only the security filter chain runs it.
 */
class SignInPauseFilter extends OncePerRequestFilter {

    private final LoginAttempts attempts;
    private final AuthenticationFailureHandler failureHandler;

    SignInPauseFilter(LoginAttempts attempts, AuthenticationFailureHandler failureHandler) {
        this.attempts = attempts;
        this.failureHandler = failureHandler;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (username != null && attempts.isPaused(username, request.getRemoteAddr())) {
            failureHandler.onAuthenticationFailure(request, response,
                    new LockedException("Sign-in with this user name is paused from this address"));
            return;
        }
        chain.doFilter(request, response);
    }
}
