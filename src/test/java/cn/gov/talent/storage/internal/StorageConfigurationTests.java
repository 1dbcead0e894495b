package cn.gov.talent.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gov.talent.storage.FileStore;
import cn.gov.talent.support.TestS3Server;

/**
 * Which store the application gets, from its settings as they are read at start (application.properties, then
 * the command line): the local directory by default, under its old name too; the object store with
 * talent.storage.type=s3; and no start at all with the migration's option outside the command.
 */
class StorageConfigurationTests {

    @TempDir
    Path directory;

    @Test
    void theLocalDirectoryIsTheDefaultAndItsOldNameStillSetsIt() {
        try (var context = start("--talent.uploads.directory=" + directory)) {
            assertThat(context.getBean(FileStore.class)).isInstanceOfSatisfying(LocalDirectoryFileStore.class,
                    store -> assertThat(store.root()).isEqualTo(directory.toAbsolutePath().normalize()));
        }
        Path newName = directory.resolve("new");
        try (var context = start("--talent.uploads.directory=" + directory,
                "--talent.storage.local.directory=" + newName)) {
            assertThat(((LocalDirectoryFileStore) context.getBean(FileStore.class)).root())
                    .isEqualTo(newName.toAbsolutePath().normalize());
        }
    }

    @Test
    void anObjectStoreWhenConfigured() {
        var server = TestS3Server.shared();
        try (var context = start(server.arguments(server.newBucket()))) {
            assertThat(context.getBean(FileStore.class)).isInstanceOf(S3FileStore.class);
        }
    }

    @Test
    void theMigrationsOptionDoesNotStartTheApplication() {
        assertThatThrownBy(() -> start("--talent.storage.local.directory=" + directory,
                "--talent.storage.migrate-from=" + directory).close())
                .hasStackTraceContaining("talent.storage.migrate-from is a command of its own");
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(StorageConfiguration.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).registerShutdownHook(false).run(arguments);
    }
}
