package cn.gov.talent.infrastructure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (ADR 0007). Two requests of one session at once (two tabs, a double
 * click) may both store the same new session attribute: the attribute is written with an upsert
 * ({@code insert … on conflict do update}), so the later one wins instead of failing on the primary key.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
