package cn.gov.talent.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The SQL statements Hibernate prepares while one page is served (the test configuration enables
 * Hibernate statistics): the measure of the tests that keep pages free of per-row queries.
 */
public class StatementCount {

    private final MockMvc mvc;
    private final DemoUsers users;
    private final EntityManagerFactory entityManagerFactory;

    StatementCount(MockMvc mvc, DemoUsers users, EntityManagerFactory entityManagerFactory) {
        this.mvc = mvc;
        this.users = users;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The page as this account opens it, which must answer 200. */
    public long of(String username, String url) throws Exception {
        return of(username, get(url));
    }

    /** The request as this account sends it ({@code null}: an anonymous visitor), which must answer 200. */
    public long of(String username, MockHttpServletRequestBuilder request) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        if (username != null) {
            request.with(users.as(username));
        }
        mvc.perform(request).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
