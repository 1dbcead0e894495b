package cn.gov.talent.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every failed sign-in costs one password hash, whatever the account's state (ADR 0018): a locked or
 * disabled account is told apart only after its password was checked, so neither the answer nor its
 * timing says more than for an unknown name, and each failure is published for the throttle to count.
 */
class SignInChecksThePasswordFirstTest {

    /** Counts the hashes; a password matches when it equals the stored "hash". */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger matches = new AtomicInteger();
        final AtomicInteger encodes = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            encodes.incrementAndGet();
            return raw.toString();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return raw.toString().equals(encoded);
        }
    }

    static final class Events implements AuthenticationEventPublisher {
        final List<AuthenticationException> failures = new ArrayList<>();

        @Override
        public void publishAuthenticationSuccess(Authentication authentication) {
        }

        @Override
        public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
            failures.add(exception);
        }
    }

    private final CountingEncoder encoder = new CountingEncoder();
    private final Events events = new Events();
    private final UserDetailsService accounts = username -> switch (username) {
        case "locked" -> User.withUsername("locked").password("secret").accountLocked(true).build();
        case "disabled" -> User.withUsername("disabled").password("secret").disabled(true).build();
        case "active" -> User.withUsername("active").password("secret").build();
        default -> throw new UsernameNotFoundException("unknown user");
    };
    private final AuthenticationManager signIn = SecurityConfiguration.signIn(accounts, encoder, events);

    @Test
    void aLockedAccountIsHashedLikeAnUnknownName() {
        assertThatThrownBy(() -> attempt("nobody", "secret")).isInstanceOf(BadCredentialsException.class);
        int unknown = encoder.matches.get();
        assertThat(unknown).as("an unknown name is checked against a dummy hash").isEqualTo(1);

        assertThatThrownBy(() -> attempt("locked", "secret")).isInstanceOf(LockedException.class);
        assertThat(encoder.matches.get()).as("the locked account's password was checked").isEqualTo(2);
        assertThatThrownBy(() -> attempt("locked", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.matches.get()).isEqualTo(3);
        assertThatThrownBy(() -> attempt("disabled", "secret")).isInstanceOf(DisabledException.class);
        assertThat(encoder.matches.get()).isEqualTo(4);

        assertThat(events.failures).hasSize(4);
    }

    @Test
    void anActiveAccountSignsIn() {
        UserDetails principal = (UserDetails) attempt("active", "secret").getPrincipal();
        assertThat(principal.getUsername()).isEqualTo("active");
        assertThat(events.failures).isEmpty();
    }

    private Authentication attempt(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
