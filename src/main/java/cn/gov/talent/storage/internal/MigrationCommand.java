package cn.gov.talent.storage.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import cn.gov.talent.storage.FileStore;

/**
 * The migration command ({@link cn.gov.talent.storage.FileMigration}): a Spring context of its own with only the
 * storage settings (application.properties, the profile's, the environment, the command line), the configured
 * store as the target and the directory as the source; an {@link ApplicationRunner} copies, and the exit status
 * says how it went. Not a component: the application's scan leaves it out.
 */
public final class MigrationCommand {

    private static final Logger log = LoggerFactory.getLogger(MigrationCommand.class);

    /** The store could hold every file, or the run could not start. */
    static final int COMPLETE = 0, INCOMPLETE = 1, NOT_RUN = 2;

    private MigrationCommand() {
    }

    public static int run(String... args) {
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(Context.class)
                    .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    .registerShutdownHook(false)
                    .run(args);
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            // SpringApplication has logged why it failed
            log.error("The files were not migrated: {}", e.toString());
            return NOT_RUN;
        }
    }

    /** The command's beans: the target store and the runner. */
    @EnableConfigurationProperties(StorageProperties.class)
    static class Context {

        @Bean
        FileStore fileStore(StorageProperties properties) {
            return StorageConfiguration.storeOf(properties);
        }

        @Bean
        Runner migrationRunner(StorageProperties properties, FileStore fileStore) {
            return new Runner(properties, fileStore);
        }
    }

    /** Copies the directory into the store once the context is up, and keeps the exit status. */
    static class Runner implements ApplicationRunner, ExitCodeGenerator {

        private final StorageProperties properties;
        private final FileStore target;
        private int exitCode = NOT_RUN;

        Runner(StorageProperties properties, FileStore target) {
            this.properties = properties;
            this.target = target;
        }

        @Override
        public void run(ApplicationArguments args) {
            if (properties.migrateFrom() == null || properties.migrateFrom().isBlank()) {
                log.error("--talent.storage.migrate-from names no directory: nothing migrated");
                return;
            }
            Path directory = Path.of(properties.migrateFrom()).toAbsolutePath().normalize();
            if (!Files.isDirectory(directory)) {
                log.error("{} is not a directory: nothing migrated", directory);
                return;
            }
            if (target instanceof LocalDirectoryFileStore local && local.root().equals(directory)) {
                log.error("{} is the configured store itself (talent.storage.type=local): set talent.storage.type=s3 "
                        + "and the talent.storage.s3.* settings of the store to copy into", directory);
                return;
            }
            FileStoreMigration.Result result = new FileStoreMigration(new LocalDirectoryFileStore(directory), target)
                    .run();
            exitCode = result.complete() ? COMPLETE : INCOMPLETE;
            if (!result.complete()) {
                log.error("Not every file was copied (see the errors above); after fixing them, run the migration "
                        + "again: it copies only what the store still lacks");
            }
        }

        @Override
        public int getExitCode() {
            return exitCode;
        }
    }
}
