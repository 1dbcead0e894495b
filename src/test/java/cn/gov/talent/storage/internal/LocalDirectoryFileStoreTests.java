package cn.gov.talent.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.talent.storage.ContentMismatch;
import cn.gov.talent.storage.MissingContent;
import cn.gov.talent.storage.StoredContent;

/**
 * The local store keeps the layout data directories already have, {@code <first two hex digits>/<sha256>}, and
 * leaves nothing behind but the content: a directory written before issue 18 reads as it is.
 */
class LocalDirectoryFileStoreTests {

    @TempDir
    Path directory;

    @Test
    void aContentIsKeptOnceUnderItsSha256InTheOldLayout() throws Exception {
        var store = new LocalDirectoryFileStore(directory);
        byte[] bytes = "%PDF-1.7 a certificate".getBytes(StandardCharsets.UTF_8);

        StoredContent stored = store.put(new ByteArrayInputStream(bytes));
        StoredContent again = store.put(new ByteArrayInputStream(bytes));

        assertThat(stored.key()).isEqualTo(sha256(bytes));
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(again).isEqualTo(stored);
        Path file = directory.resolve(stored.key().substring(0, 2)).resolve(stored.key());
        assertThat(file).hasBinaryContent(bytes);
        // nothing else: the temporary copies are gone
        try (Stream<Path> all = Files.walk(directory)) {
            assertThat(all.filter(Files::isRegularFile).toList()).containsExactly(file);
        }
    }

    @Test
    void aDirectoryWrittenBeforeReadsAsItIs() throws Exception {
        byte[] bytes = "written by the old Attachments".getBytes(StandardCharsets.UTF_8);
        String key = sha256(bytes);
        Files.createDirectories(directory.resolve(key.substring(0, 2)));
        Files.write(directory.resolve(key.substring(0, 2)).resolve(key), bytes);
        var store = new LocalDirectoryFileStore(directory);

        assertThat(store.exists(key)).isTrue();
        assertThat(store.size(key)).hasValue(bytes.length);
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        var resource = store.resource(key);
        assertThat(resource.contentLength()).isEqualTo(bytes.length);
        assertThat(resource.getContentAsByteArray()).isEqualTo(bytes);
    }

    @Test
    void aMissingKeyIsMissing() {
        var store = new LocalDirectoryFileStore(directory);
        String key = "ab".repeat(32);

        assertThat(store.exists(key)).isFalse();
        assertThat(store.size(key)).isEmpty();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(MissingContent.class);
        assertThatThrownBy(() -> store.resource(key)).isInstanceOf(MissingContent.class);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contentThatIsNotTheExpectedOneIsNotKept() throws Exception {
        var store = new LocalDirectoryFileStore(directory);
        byte[] bytes = "changed on disk".getBytes(StandardCharsets.UTF_8);
        String expected = "cd".repeat(32);

        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(bytes), expected))
                .isInstanceOfSatisfying(ContentMismatch.class, e -> {
                    assertThat(e.expected()).isEqualTo(expected);
                    assertThat(e.actual()).isEqualTo(sha256(bytes));
                });
        assertThat(store.exists(sha256(bytes))).isFalse();
        try (Stream<Path> all = Files.walk(directory)) {
            assertThat(all.filter(Files::isRegularFile).toList()).isEmpty();
        }
        assertThat(store.put(new ByteArrayInputStream(bytes), sha256(bytes)).key()).isEqualTo(sha256(bytes));
    }

    @Test
    void theListingIsEveryContentInOrderOfKeyAndNothingElse() throws Exception {
        var store = new LocalDirectoryFileStore(directory);
        List<StoredContent> stored = Stream.of("one", "two", "three", "four", "five")
                .map(text -> store.put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).toList();
        // what is not a content: a temporary copy, a foreign file, a content in the wrong folder
        Files.writeString(directory.resolve("upload-123.part"), "half");
        Files.writeString(directory.resolve("README"), "notes");
        Files.createDirectories(directory.resolve("zz"));
        Files.createDirectories(directory.resolve("ab"));
        Files.writeString(directory.resolve("ab").resolve("cd".repeat(32)), "misplaced");

        try (Stream<StoredContent> listed = store.list()) {
            assertThat(listed.toList()).containsExactlyElementsOf(
                    stored.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList());
        }
        assertThat(new LocalDirectoryFileStore(directory.resolve("nothing-yet")).list()).isEmpty();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
