package cn.gov.talent.organization.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends the user back to the sign-in page with one answer whatever went wrong: a wrong password, an
 * unknown user name, a paused address, a locked or disabled account all read the same, so the page
 * tells nobody which accounts exist or are locked (ADR 0018). The reason is in the audit trail and on
 * the account's page for the administrator.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    static final String FAILED = "/login?error";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        request.getSession().setAttribute("LAST_USERNAME", username == null ? "" : username);
        getRedirectStrategy().sendRedirect(request, response, FAILED);
    }
}
