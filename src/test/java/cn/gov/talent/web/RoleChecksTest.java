package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The menu's role checks answer as hasRole, hasAnyRole and isAuthenticated do. */
class RoleChecksTest {

    private final RoleChecks roles = new RoleChecks();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void nobodySignedInHasNoRole() {
        assertThat(roles.signedIn()).isFalse();
        assertThat(roles.any("OFFICE")).isFalse();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(roles.signedIn()).isFalse();
        assertThat(roles.any("ANONYMOUS")).isFalse();
    }

    @Test
    void aSignedInUserHasExactlyTheRolesGranted() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("office",
                null, AuthorityUtils.createAuthorityList("ROLE_OFFICE", "ROLE_EXPERT", "OFFICE_LIKE")));
        assertThat(roles.signedIn()).isTrue();
        assertThat(roles.any("OFFICE")).isTrue();
        assertThat(roles.any("SUPERVISOR", "EXPERT")).isTrue();
        assertThat(roles.any("SUPERVISOR")).isFalse();
        assertThat(roles.any("OFF", "FFICE", "ROLE_OFFICE", "OFFICE_LIKE")).as("whole names only").isFalse();
        assertThat(roles.any()).isFalse();
    }

    @Test
    void anUnauthenticatedTokenIsNotSignedIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.unauthenticated(
                "office", "secret"));
        assertThat(roles.signedIn()).isFalse();
        assertThat(roles.any("OFFICE")).isFalse();
    }
}
