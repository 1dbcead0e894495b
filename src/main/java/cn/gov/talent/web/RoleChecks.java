package cn.gov.talent.web;

import java.util.Collection;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The role checks of the menu every page shows, as {@code th:if="${@roles.any('OFFICE', 'SUPERVISOR')}"}: the
 * same answers as {@code sec:authorize="hasAnyRole(…)"} and {@code isAuthenticated()} (no role hierarchy is
 * configured), without their cost. The security dialect parses each {@code sec:authorize} expression anew and
 * looks up the expression handler by type in the application context at every evaluation, and the layout has 30
 * of them on every page; a Thymeleaf expression is parsed once and cached. Access itself is decided by the
 * security configuration and the services, never by what the menu shows.
 */
@Component("roles")
public class RoleChecks {

    /** Whether someone is signed in (not the anonymous visitor). */
    public boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Whether the signed-in user has any of these roles (names without {@code ROLE_}). */
    public boolean any(String... roles) {
        if (!signedIn()) {
            return false;
        }
        Collection<? extends GrantedAuthority> authorities = SecurityContextHolder.getContext().getAuthentication()
                .getAuthorities();
        for (GrantedAuthority authority : authorities) {
            String granted = authority.getAuthority();
            if (granted != null && granted.startsWith("ROLE_")) {
                for (String role : roles) {
                    if (granted.length() == role.length() + 5 && granted.endsWith(role)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
