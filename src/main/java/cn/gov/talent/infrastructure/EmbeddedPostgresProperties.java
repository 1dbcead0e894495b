package cn.gov.talent.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the database files live; kept between runs unless {@code clean}
 * @param port fixed port for the application; 0 picks a free one (tests)
 * @param clean start from an empty database each time (tests)
 * @param poolSize connections in the pool
 * @param enabled whether an embedded server may start at all (off in production)
 */
@ConfigurationProperties("talent.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") String dataDirectory,
        @DefaultValue("54329") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("10") int poolSize,
        @DefaultValue("true") boolean enabled) {
}
