package cn.gov.talent.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.talent.storage.ContentMismatch;
import cn.gov.talent.storage.MissingContent;
import cn.gov.talent.storage.StoredContent;
import cn.gov.talent.support.TestS3Server;

/**
 * The object store against a real S3 API (s3proxy, {@link TestS3Server}), signed as against any store: a content
 * is kept once under {@code <first two hex digits>/<sha256>}, read back whole, and listed in order of key.
 */
class S3FileStoreTests {

    private final TestS3Server server = TestS3Server.shared();
    private String bucket;
    private S3FileStore store;

    @BeforeEach
    void newBucket() {
        bucket = server.newBucket();
        store = server.fileStore(bucket);
        store.checkBucket(false, TestS3Server.REGION);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aContentIsKeptOnceUnderItsSha256() throws Exception {
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(18).nextBytes(bytes);

        StoredContent stored = store.put(new ByteArrayInputStream(bytes));
        StoredContent again = store.put(new ByteArrayInputStream(bytes));

        assertThat(stored.key()).isEqualTo(LocalDirectoryFileStoreTests.sha256(bytes));
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(again).isEqualTo(stored);
        assertThat(server.objectNames(bucket).size()).isEqualTo(1);
        assertThat(server.blobStore().blobExists(bucket, stored.key().substring(0, 2) + "/" + stored.key())).isTrue();
        assertThat(store.objectKey(stored.key())).isEqualTo(stored.key().substring(0, 2) + "/" + stored.key());
    }

    @Test
    void whatWasKeptIsReadBackWhole() throws Exception {
        byte[] bytes = "%PDF-1.7 合同".getBytes(StandardCharsets.UTF_8);
        String key = store.put(new ByteArrayInputStream(bytes)).key();

        assertThat(store.exists(key)).isTrue();
        assertThat(store.size(key)).hasValue(bytes.length);
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        var resource = store.resource(key);
        assertThat(resource.exists()).isTrue();
        assertThat(resource.contentLength()).isEqualTo(bytes.length);
        assertThat(resource.getContentAsByteArray()).isEqualTo(bytes);
        // a resource is read each time it is sent
        assertThat(resource.getContentAsByteArray()).isEqualTo(bytes);
    }

    @Test
    void aMissingKeyIsMissing() {
        String key = "ab".repeat(32);

        assertThat(store.exists(key)).isFalse();
        assertThat(store.size(key)).isEmpty();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(MissingContent.class);
        assertThatThrownBy(() -> store.resource(key)).isInstanceOf(MissingContent.class);
        assertThatThrownBy(() -> store.size("AB".repeat(32))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contentThatIsNotTheExpectedOneIsNotSent() {
        byte[] bytes = "damaged".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(bytes), "cd".repeat(32)))
                .isInstanceOf(ContentMismatch.class);
        assertThat(server.objectNames(bucket)).isEmpty();
    }

    @Test
    void theListingIsEveryContentInOrderOfKeyAndNothingElse() {
        List<StoredContent> stored = Stream.of("one", "two", "three", "four", "five", "six")
                .map(text -> store.put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).toList();
        // objects of other names are not contents
        var blobs = server.blobStore();
        blobs.putBlob(bucket, blobs.blobBuilder("README").payload("notes").build());
        blobs.putBlob(bucket, blobs.blobBuilder("ab/" + "cd".repeat(32)).payload("misplaced").build());

        try (Stream<StoredContent> listed = store.list()) {
            assertThat(listed.toList()).containsExactlyElementsOf(
                    stored.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList());
        }
    }

    @Test
    void aPrefixKeepsTheContentsInAFolderOfTheBucket() throws Exception {
        var settings = server.settings(bucket);
        try (S3FileStore prefixed = new S3FileStore(S3FileStore.client(settings), bucket, "/talent/files",
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), "prefixed")) {
            String key = prefixed.put(new ByteArrayInputStream("in a folder".getBytes(StandardCharsets.UTF_8))).key();

            assertThat(server.blobStore().blobExists(bucket, "talent/files/" + key.substring(0, 2) + "/" + key))
                    .isTrue();
            assertThat(prefixed.list()).extracting(StoredContent::key).containsExactly(key);
            assertThat(store.list()).isEmpty();
        }
    }

    @Test
    void aMissingBucketStopsTheStartUnlessItMayBeCreated() {
        String absent = bucket + "-absent";
        try (S3FileStore elsewhere = server.fileStore(absent)) {
            assertThatThrownBy(() -> elsewhere.checkBucket(false, TestS3Server.REGION))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("create-bucket");

            elsewhere.checkBucket(true, TestS3Server.REGION);

            assertThat(server.blobStore().containerExists(absent)).isTrue();
            elsewhere.checkBucket(false, TestS3Server.REGION);
        }
    }

    @Test
    void wrongKeysStopTheStart() {
        var settings = server.settings(bucket);
        var wrong = new StorageProperties.S3(settings.endpoint(), settings.region(), bucket, "", settings.accessKey(),
                "not-the-secret", true, false, settings.connectionTimeout(), settings.socketTimeout(), null);
        try (S3FileStore refused = S3FileStore.of(wrong)) {
            assertThatThrownBy(() -> refused.checkBucket(false, TestS3Server.REGION))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("403")
                    .hasMessageNotContaining("not-the-secret");
        }
    }
}
