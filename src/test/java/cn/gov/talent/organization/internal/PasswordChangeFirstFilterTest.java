package cn.gov.talent.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** While a password change is due: which paths stay open. */
class PasswordChangeFirstFilterTest {

    @Test
    void thePasswordPageSignOutAndStaticResourcesStayOpen() {
        for (String open : new String[] {"/account/password", "/logout", "/css/app.css", "/js/app.js",
                "/webjars/bootstrap/css/bootstrap.min.css", "/favicon.ico", "/error"}) {
            assertThat(PasswordChangeFirstFilter.isOpen(open)).as(open).isTrue();
        }
    }

    @Test
    void everyOtherPageIsClosed() {
        for (String closed : new String[] {"/", "/applications", "/applications/5", "/account/password/x", "/cssx",
                "/notifications", "/admin/users"}) {
            assertThat(PasswordChangeFirstFilter.isOpen(closed)).as(closed).isFalse();
        }
    }
}
