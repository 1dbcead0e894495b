package cn.gov.talent.infrastructure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL in-process when no {@code spring.datasource.url} is set, so that
 * a newcomer runs the application, and the tests run, without installing a database.
 * With an external database configured, this configuration does not apply and nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresProperties properties) {
        if (!properties.enabled()) {
            throw new IllegalStateException("No database is configured: set SPRING_DATASOURCE_URL, "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (the embedded PostgreSQL "
                    + "is switched off by talent.embedded-postgres.enabled=false, as in the prod profile)");
        }
        var server = EmbeddedPostgresServer.obtain(properties);
        server.acquire();
        var dataSource = new HikariDataSource() {
            @Override
            public void close() {
                boolean open = !isClosed();
                super.close();
                if (open) {
                    server.release();
                }
            }
        };
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
