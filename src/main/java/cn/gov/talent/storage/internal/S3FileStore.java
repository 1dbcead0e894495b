package cn.gov.talent.storage.internal;

import static cn.gov.talent.storage.FileStore.requireKey;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import cn.gov.talent.storage.FileStore;
import cn.gov.talent.storage.MissingContent;
import cn.gov.talent.storage.StoredContent;

/**
 * The store in an S3-compatible bucket (ADR 0037): the content under {@code <prefix><first two hex
 * digits>/<sha256>}, the directory's layout, so a bucket and a directory hold the same names. An upload is copied
 * to a temporary file while it is hashed, then sent with its length and {@code Content-MD5} (the store refuses
 * bytes damaged on the way) unless the key is already there. AWS SDK v2 over the JDK's own HTTP client; the
 * SDK's newer default checksums (aws-chunked trailers) are asked for only where the API requires them, since
 * S3-compatible stores other than AWS do not all accept them.
 */
public class S3FileStore implements FileStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3FileStore.class);

    private final S3Client client;
    private final String bucket;
    private final String prefix;
    private final Path temporaryDirectory;
    private final String description;

    public S3FileStore(S3Client client, String bucket, String prefix, Path temporaryDirectory, String description) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("talent.storage.s3.bucket is required with talent.storage.type=s3");
        }
        this.client = client;
        this.bucket = bucket;
        this.prefix = normalized(prefix);
        this.temporaryDirectory = temporaryDirectory;
        this.description = description;
    }

    /** A store with its own client, as these settings say; closing the store closes the client. */
    public static S3FileStore of(StorageProperties.S3 settings) {
        if (blank(settings.bucket())) {
            throw new IllegalStateException("talent.storage.s3.bucket is required with talent.storage.type=s3");
        }
        String tmp = settings.tempDirectory() == null || settings.tempDirectory().isBlank()
                ? System.getProperty("java.io.tmpdir") : settings.tempDirectory();
        String where = "bucket " + settings.bucket() + (normalized(settings.prefix()).isEmpty() ? ""
                : " under " + normalized(settings.prefix())) + " at "
                + (blank(settings.endpoint()) ? "AWS " + settings.region() : settings.endpoint());
        return new S3FileStore(client(settings), settings.bucket(), settings.prefix(), Path.of(tmp), where);
    }

    /** The SDK's client for these settings, on the JDK's HttpURLConnection (no Netty, no Apache client). */
    public static S3Client client(StorageProperties.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.connectionTimeout())
                        .socketTimeout(settings.socketTimeout())
                        .build())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyleAccess())
                // the SDK's default checksums (2.30 on) send aws-chunked bodies with trailers that MinIO's older
                // releases, Ceph, many clouds' S3 APIs and s3proxy refuse; the MD5 of each upload is sent instead
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(settings));
        if (!blank(settings.endpoint())) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(StorageProperties.S3 settings) {
        if (blank(settings.accessKey())) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(),
                settings.secretKey() == null ? "" : settings.secretKey()));
    }

    /**
     * Checks at start that the bucket is there and reachable with these credentials (a wrong setting stops the
     * start rather than the first upload); creates it when it is missing and that was asked for.
     */
    public void checkBucket(boolean createIfMissing, String region) {
        try {
            client.headBucket(request -> request.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw new IllegalStateException("The object store refuses access to bucket " + bucket + " ("
                        + e.statusCode() + "): check talent.storage.s3.*", e);
            }
            if (!createIfMissing) {
                throw new IllegalStateException("The object store has no such bucket: " + description
                        + "; create it, or set talent.storage.s3.create-bucket=true", e);
            }
            client.createBucket(request -> {
                request.bucket(bucket);
                if (region != null && !Region.US_EAST_1.id().equals(region)) {
                    request.createBucketConfiguration(configuration -> configuration
                            .locationConstraint(BucketLocationConstraint.fromValue(region)));
                }
            });
            log.info("Created bucket {}", bucket);
        }
    }

    @Override
    public StoredContent put(InputStream content, String expectedKey) {
        try (TemporaryCopy copy = TemporaryCopy.of(content, temporaryDirectory, expectedKey)) {
            if (!exists(copy.sha256())) {
                client.putObject(request -> request.bucket(bucket).key(objectKey(copy.sha256()))
                        .contentLength(copy.size()).contentMD5(copy.md5Base64())
                        .contentType("application/octet-stream"), RequestBody.fromFile(copy.file()));
            }
            return new StoredContent(copy.sha256(), copy.size());
        }
    }

    @Override
    public OptionalLong size(String key) {
        return head(requireKey(key)).map(head -> OptionalLong.of(head.contentLength())).orElse(OptionalLong.empty());
    }

    @Override
    public InputStream open(String key) {
        try {
            return client.getObject(request -> request.bucket(bucket).key(objectKey(requireKey(key))));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new MissingContent(key, describe());
            }
            throw e;
        }
    }

    @Override
    public Resource resource(String key) {
        HeadObjectResponse head = head(requireKey(key)).orElseThrow(() -> new MissingContent(key, describe()));
        return new ObjectResource(key, head.contentLength(), head.lastModified());
    }

    @Override
    public Stream<StoredContent> list() {
        // S3 lists a bucket in ascending (UTF-8 binary) order of key, and <prefix><aa>/<sha256> sorts as <sha256>
        return client.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
                .map(object -> {
                    String key = keyOf(object.key());
                    return key == null ? null : new StoredContent(key, object.size());
                })
                .filter(Objects::nonNull);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        client.close();
    }

    /** The object's name in the bucket for this key. */
    public String objectKey(String key) {
        return prefix + key.substring(0, 2) + "/" + key;
    }

    /** The key an object's name stands for, or null when the name is not of the layout. */
    private String keyOf(String objectKey) {
        if (!objectKey.startsWith(prefix)) {
            return null;
        }
        String rest = objectKey.substring(prefix.length());
        if (rest.length() != 67 || rest.charAt(2) != '/') {
            return null;
        }
        String key = rest.substring(3);
        return FileStore.isKey(key) && key.startsWith(rest.substring(0, 2)) ? key : null;
    }

    private Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(client.headObject(request -> request.bucket(bucket).key(objectKey(key))));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String normalized(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return "";
        }
        String trimmed = prefix.strip().replaceAll("^/+", "");
        return trimmed.isEmpty() || trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A stored object to send: its length from the look-up that found it, its bytes fetched when read. */
    private final class ObjectResource extends AbstractResource {

        private final String key;
        private final long length;
        private final Instant lastModified;

        ObjectResource(String key, long length, Instant lastModified) {
            this.key = key;
            this.length = length;
            this.lastModified = lastModified;
        }

        @Override
        public InputStream getInputStream() {
            return open(key);
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public long lastModified() throws IOException {
            if (lastModified == null) {
                throw new IOException("No modification time for " + getDescription());
            }
            return lastModified.toEpochMilli();
        }

        @Override
        public String getDescription() {
            return "object " + objectKey(key) + " in " + description;
        }
    }
}
