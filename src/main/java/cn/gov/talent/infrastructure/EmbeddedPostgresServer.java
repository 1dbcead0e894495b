package cn.gov.talent.infrastructure;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per JVM. Several Spring contexts (as in a test run) share it:
 * two servers on one data directory would fail.
 *
 * <p>It stops from a JVM shutdown hook, which runs alongside Spring's own: the hook first waits
 * (up to {@link #GRACE}) until every data source on it is closed, so beans that still use the
 * database while the contexts close (the event publication registry) are not left waiting for a
 * server that is gone.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer instance;

    static final Duration GRACE = Duration.ofSeconds(20);

    private final EmbeddedPostgres postgres;
    private int users;

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

    /** A data source now uses the server; it calls {@link #release()} when closed. */
    synchronized void acquire() {
        users++;
    }

    synchronized void release() {
        users--;
        notifyAll();
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
                    // stopped by our own hook, after the data sources are closed (see the class comment)
                    .setRegisterShutdownHook(false)
                    // a first start runs initdb, which a busy two-core machine may take longer than 10 s for
                    .setPGStartupWait(Duration.ofSeconds(60))
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
        synchronized (this) {
            long deadline = System.nanoTime() + GRACE.toNanos();
            try {
                while (users > 0 && System.nanoTime() < deadline) {
                    wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
