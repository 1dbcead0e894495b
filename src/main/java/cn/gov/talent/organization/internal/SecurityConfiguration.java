package cn.gov.talent.organization.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.LoginAttempts;

/**
 * Sign-in and authorisation. Pages are closed unless listed here as public; each module's
 * controllers narrow further by role with {@code @PreAuthorize}, and its services by data scope.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** HSTS for a year, on secure requests only (behind the proxy: those it received over HTTPS). */
    private static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    /**
     * CSRF tokens kept in a cookie of their own ({@code XSRF-TOKEN}: HTTP only, SameSite Lax, secure on secure
     * requests) and rendered into every form: the synchroniser token without a server-side session, so anonymous
     * pages create none. Spring Security replaces the token at sign-in and clears it at sign-out as before.
     */
    @Bean
    CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return tokens;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CsrfTokenRepository csrfTokens, Accounts accounts, LoginAttempts attempts,
            UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
            AuthenticationEventPublisher authenticationEvents) throws Exception {
        var failureHandler = new LoginFailureHandler();
        http.authenticationManager(signIn(userDetailsService, passwordEncoder, authenticationEvents))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/register", "/public/**", "/error", "/error/**",
                                "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                                "/actuator/health")
                        .permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/audit/**").hasAnyRole("OFFICE", "SUPERVISOR")
                        .anyRequest().authenticated())
                // back to the page that asked for sign-in (a deep link), or to the password page first
                .formLogin(form -> form.loginPage("/login").successHandler(new SignInSuccessHandler(accounts))
                        .failureHandler(failureHandler).permitAll())
                .addFilterBefore(new SignInPauseFilter(attempts, failureHandler),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeFirstFilter(), AuthorizationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION", "JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // the CSRF token in a cookie, not in the session: a stranger's GET of the sign-in page or a public
                // page writes no session row (issue 18); a form still needs the token the page rendered
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .headers(headers -> headers
                        // written only on secure requests; under prod the proxy's X-Forwarded-Proto makes them so
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)
                                .includeSubDomains(false))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * The password is checked before anything else about the account (ADR 0018): Spring's default checks
     * whether an account is locked or disabled first and then answers without hashing, faster than a
     * wrong password (an unknown name is hashed against a dummy). Here those checks come after the
     * password, so every failure costs one hash, and every failure is published as an event for
     * {@link LoginThrottle} to count.
     */
    static AuthenticationManager signIn(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
            AuthenticationEventPublisher events) {
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {
        });
        // what the default checks did before and after the password: locked, disabled, expired
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
