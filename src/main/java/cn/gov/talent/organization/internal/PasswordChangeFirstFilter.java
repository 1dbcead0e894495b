package cn.gov.talent.organization.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.gov.talent.organization.ForcedPasswordChange;

/**
 * While the session notes that its user must change the password ({@link ForcedPasswordChange}),
 * every request but the password page, sign-out, static resources and error pages is sent to the
 * password page. Not a bean: only the security filter chain runs it.
 */
class PasswordChangeFirstFilter extends OncePerRequestFilter {

    /** Paths that stay open (exactly, or as a folder when ending in a slash). */
    private static final List<String> OPEN = List.of(ForcedPasswordChange.PAGE, "/logout", "/login", "/error",
            "/error/", "/css/", "/js/", "/images/", "/webjars/", "/favicon.ico", "/actuator/health");

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ForcedPasswordChange.isRequired(request.getSession(false)) && !isOpen(path(request))) {
            redirects.sendRedirect(request, response, ForcedPasswordChange.PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isOpen(String path) {
        for (String open : OPEN) {
            if (open.endsWith("/") ? path.startsWith(open) : path.equals(open)) {
                return true;
            }
        }
        return false;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
