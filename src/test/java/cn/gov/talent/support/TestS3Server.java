package cn.gov.talent.support;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.PageSet;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;

import cn.gov.talent.storage.internal.S3FileStore;
import cn.gov.talent.storage.internal.StorageProperties;

/**
 * An S3 API in the test JVM: s3proxy 2.6.0 in front of a jclouds {@code transient} (in-memory) blob store, at
 * {@code http://127.0.0.1:<free port>}, signed requests required (AWS v2 or v4) with the fixed keys below, so the
 * application's client signs as it would against a real store. Buckets are created by {@link #newBucket()}, one
 * per test (or per group of instances that must share one store). {@link #shared()} is one server for the whole
 * JVM; {@link #start()} a server of its own, to {@link #close()}.
 *
 * <p>To run an application on it, give {@link #arguments(String)} to {@code SpringApplicationBuilder.run} (not
 * {@code properties(...)}, whose defaults lose to application.properties' {@code talent.storage.type=local}), or
 * {@link #properties(String)} to a {@code DynamicPropertySource}; to use a store directly,
 * {@link #fileStore(String)}.
 */
public final class TestS3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "talent-test-access";
    public static final String SECRET_KEY = "talent-test-secret";
    public static final String REGION = "us-east-1";

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static TestS3Server shared;

    private final BlobStoreContext context;
    private final S3Proxy proxy;
    private final URI endpoint;

    private TestS3Server() throws Exception {
        context = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
            }
            Thread.sleep(5);
        }
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** A server of its own, started; close it when done. */
    public static TestS3Server start() {
        try {
            return new TestS3Server();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy could not start", e);
        }
    }

    /** The JVM's one server, started at the first call and stopped when the JVM exits. */
    public static synchronized TestS3Server shared() {
        if (shared == null) {
            TestS3Server server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "s3proxy-stop"));
            shared = server;
        }
        return shared;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A new empty bucket, its name unique in this JVM. */
    public String newBucket() {
        String bucket = "talent-test-" + ProcessHandle.current().pid() + "-" + BUCKETS.incrementAndGet();
        context.getBlobStore().createContainerInLocation(null, bucket);
        return bucket;
    }

    /** The blob store behind the API, to look at or damage what a test stored without going through S3. */
    public BlobStore blobStore() {
        return context.getBlobStore();
    }

    /** The names of every object in this bucket, folders and all, in order. */
    public List<String> objectNames(String bucket) {
        List<String> names = new ArrayList<>();
        String marker = null;
        do {
            ListContainerOptions options = ListContainerOptions.Builder.recursive();
            if (marker != null) {
                options.afterMarker(marker);
            }
            PageSet<? extends StorageMetadata> page = context.getBlobStore().list(bucket, options);
            page.forEach(object -> names.add(object.getName()));
            marker = page.getNextMarker();
        } while (marker != null);
        return names;
    }

    /** The application's settings of an object store in this bucket ({@code talent.storage.*}). */
    public Map<String, Object> properties(String bucket) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("talent.storage.type", "s3");
        properties.put("talent.storage.s3.endpoint", endpoint.toString());
        properties.put("talent.storage.s3.region", REGION);
        properties.put("talent.storage.s3.bucket", bucket);
        properties.put("talent.storage.s3.access-key", ACCESS_KEY);
        properties.put("talent.storage.s3.secret-key", SECRET_KEY);
        properties.put("talent.storage.s3.path-style-access", "true");
        return properties;
    }

    /** The same settings as command-line arguments ({@code --name=value}). */
    public String[] arguments(String bucket) {
        List<String> arguments = new ArrayList<>();
        properties(bucket).forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return arguments.toArray(String[]::new);
    }

    /** The settings of {@link #properties(String)} as the storage module binds them. */
    public StorageProperties.S3 settings(String bucket) {
        return new StorageProperties.S3(endpoint.toString(), REGION, bucket, "", ACCESS_KEY, SECRET_KEY, true, false,
                Duration.ofSeconds(5), Duration.ofSeconds(30), null);
    }

    /** A store in this bucket with a client of its own; close it when done. */
    public S3FileStore fileStore(String bucket) {
        return S3FileStore.of(settings(bucket));
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not stop", e);
        } finally {
            context.close();
        }
    }
}
