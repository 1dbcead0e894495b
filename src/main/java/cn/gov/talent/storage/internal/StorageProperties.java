package cn.gov.talent.storage.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the files live ({@code talent.storage.*}; documented in application.properties and docs/deployment.md).
 *
 * @param type {@code local} (a directory, the default) or {@code s3} (an S3-compatible object store)
 * @param local the directory of the local store
 * @param s3 the object store
 * @param migrateFrom a directory of the local layout to copy into the configured store and exit (given on the
 *        command line only, {@code --talent.storage.migrate-from=/srv/talent/files}; {@code FileMigration})
 */
@ConfigurationProperties("talent.storage")
public record StorageProperties(
        @DefaultValue("local") Type type,
        @DefaultValue Local local,
        @DefaultValue S3 s3,
        String migrateFrom) {

    /** The two kinds of store. */
    public enum Type {
        LOCAL, S3
    }

    /**
     * The local store.
     *
     * @param directory the directory; {@code talent.uploads.directory}, its name before issue 18, still sets it
     *        (application.properties passes it on)
     */
    public record Local(@DefaultValue("./data/files") String directory) {
    }

    /**
     * The S3-compatible object store (AWS S3, MinIO, Ceph RGW, a cloud's OSS with an S3 API).
     *
     * @param endpoint the service's address, e.g. {@code http://minio.internal:9000}; empty for AWS itself
     * @param region the region signed into every request; any name the service accepts (MinIO: us-east-1)
     * @param bucket the bucket; required
     * @param prefix a folder inside the bucket for the keys, e.g. {@code talent/}; empty: the bucket's root
     * @param accessKey the access key; empty: the SDK's default chain (environment, profile, instance role)
     * @param secretKey the secret key of {@code accessKey}
     * @param pathStyleAccess {@code http://host/bucket/key} instead of {@code http://bucket.host/key}: true for most
     *        stores other than AWS (MinIO, Ceph, an address given as an IP)
     * @param createBucket create the bucket at start if it is missing; otherwise a missing bucket stops the start
     * @param connectionTimeout how long to wait for a connection
     * @param socketTimeout how long a read may wait for data
     * @param tempDirectory where an upload is copied while its hash is computed; empty: java.io.tmpdir
     */
    public record S3(
            String endpoint,
            @DefaultValue("us-east-1") String region,
            String bucket,
            @DefaultValue("") String prefix,
            String accessKey,
            String secretKey,
            @DefaultValue("false") boolean pathStyleAccess,
            @DefaultValue("false") boolean createBucket,
            @DefaultValue("10s") Duration connectionTimeout,
            @DefaultValue("60s") Duration socketTimeout,
            String tempDirectory) {

        @Override
        public String toString() {
            // never the secret key in a log line or an error message
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", prefix=" + prefix
                    + ", pathStyleAccess=" + pathStyleAccess + "]";
        }
    }
}
