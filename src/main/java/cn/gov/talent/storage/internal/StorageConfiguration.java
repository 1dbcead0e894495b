package cn.gov.talent.storage.internal;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.talent.storage.FileMigration;
import cn.gov.talent.storage.FileStore;

/**
 * The one {@link FileStore} of the application, as {@code talent.storage.type} says: the local directory
 * (default) or the S3-compatible object store, whose bucket is checked (or created, when asked) before the
 * application serves anything. The store is closed with the context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    FileStore fileStore(StorageProperties properties) {
        if (properties.migrateFrom() != null && !properties.migrateFrom().isBlank()) {
            // set in the environment or a file, it would be silently ignored by a running application
            throw new IllegalStateException("talent.storage.migrate-from is a command of its own, read only from "
                    + "the command line (java -jar talent-program.jar --" + FileMigration.OPTION + "=<directory>): "
                    + "it copies the directory into the configured store and exits. Remove it from the environment "
                    + "or configuration files to start the application (docs/deployment.md)");
        }
        FileStore store = storeOf(properties);
        log.info("Files are kept in the {}", store.describe());
        return store;
    }

    /** The store these settings describe; an object store's bucket is checked first. */
    static FileStore storeOf(StorageProperties properties) {
        return switch (properties.type()) {
            case LOCAL -> new LocalDirectoryFileStore(Path.of(properties.local().directory()));
            case S3 -> {
                S3FileStore store = S3FileStore.of(properties.s3());
                try {
                    store.checkBucket(properties.s3().createBucket(), properties.s3().region());
                } catch (RuntimeException e) {
                    store.close();
                    throw e;
                }
                yield store;
            }
        };
    }
}
