package cn.gov.talent.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signs MockMvc requests in as a demo account, with the same principal a real sign-in builds. */
@Component
public class DemoUsers {

    public static final String PASSWORD = "Demo@2026";

    private final UserDetailsService userDetailsService;

    DemoUsers(UserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    public RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }
}
