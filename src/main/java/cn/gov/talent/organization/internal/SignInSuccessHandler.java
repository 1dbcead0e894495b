package cn.gov.talent.organization.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.ForcedPasswordChange;

/**
 * Where a successful sign-in goes: to the password page when someone else chose the password; else
 * back to the page that asked for sign-in (Spring Security's saved request, e.g. a link to
 * {@code /applications/5} opened while signed out), as a path on this site only; else home.
 */
class SignInSuccessHandler implements AuthenticationSuccessHandler {

    private final Accounts accounts;
    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    SignInSuccessHandler(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        HttpSession session = request.getSession();
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute("LAST_USERNAME");
        boolean changeRequired = accounts.passwordChangeRequired(authentication.getName());
        ForcedPasswordChange.note(session, changeRequired);
        if (changeRequired) {
            redirects.sendRedirect(request, response, ForcedPasswordChange.PAGE);
            return;
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        redirects.sendRedirect(request, response,
                saved == null ? "/" : sameSiteTarget(saved.getRedirectUrl(), request.getServerName(),
                        request.getContextPath()));
    }

    /**
     * The saved request's address as a path (and query) within this application, or {@code /} when it
     * names another host, is not a plain path, or is a page not worth returning to. The redirect is
     * then always relative, whatever host name the saved address carried.
     */
    static String sameSiteTarget(String savedUrl, String serverName, String contextPath) {
        if (savedUrl == null) {
            return "/";
        }
        URI uri;
        try {
            uri = new URI(savedUrl);
        } catch (URISyntaxException e) {
            return "/";
        }
        if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(serverName)) {
            return "/";
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(contextPath + "/")) {
            return "/";
        }
        path = path.substring(contextPath.length());
        if (path.startsWith("//") || path.contains("\\") || path.equals("/login") || path.startsWith("/logout")
                || path.startsWith("/error")) {
            return "/";
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
