package cn.gov.talent.organization.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Sends the user back to the sign-in page with the reason: wrong credentials, locked, or disabled. */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof LockedException ? "locked"
                : exception instanceof DisabledException ? "disabled" : "bad";
        String username = request.getParameter("username");
        request.getSession().setAttribute("LAST_USERNAME", username == null ? "" : username);
        getRedirectStrategy().sendRedirect(request, response, "/login?error=" + reason);
    }
}
