package cn.gov.talent.storage;

import java.io.InputStream;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;

/**
 * The content-addressed file store (ADR 0011, ADR 0037): each content is kept once, under its SHA-256 (64
 * lower-case hex digits), and never changed or deleted by the application. One bean, a local directory or an
 * S3-compatible object store as {@code talent.storage.type} says; both keep a content under
 * {@code <first two hex digits>/<sha256>}. Failures to reach the store are unchecked
 * ({@link java.io.UncheckedIOException}, or the object store's client exception).
 */
public interface FileStore {

    /** A key: the SHA-256 of the content, in lower-case hex. */
    Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The key itself, or {@link IllegalArgumentException} when it is not a SHA-256 in lower-case hex. */
    static String requireKey(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("Not a SHA-256 key: " + key);
        }
        return key;
    }

    /**
     * Keeps the content read from this stream (to its end; the caller closes it) under its SHA-256, computed
     * while it is copied to a temporary file. When the key is already there, nothing is written: the same bytes
     * are already stored.
     */
    default StoredContent put(InputStream content) {
        return put(content, null);
    }

    /**
     * As {@link #put(InputStream)}, only if the content read hashes to this key (when it is not null); otherwise
     * nothing is stored and {@link ContentMismatch} is thrown (a copy from another store that must arrive
     * unchanged).
     */
    StoredContent put(InputStream content, String expectedKey);

    /** The size of the content under this key, or empty when there is none. */
    OptionalLong size(String key);

    default boolean exists(String key) {
        return size(key).isPresent();
    }

    /** The content under this key, to be read and closed by the caller; {@link MissingContent} if there is none. */
    InputStream open(String key);

    /**
     * The content under this key as a resource to send (its length known, its stream opened only when read);
     * {@link MissingContent} at once if there is none, before anything is sent.
     */
    Resource resource(String key);

    /**
     * Every content in the store, in ascending order of key (a migration compares two stores by walking both).
     * Anything else in the store (temporary files, foreign names) is left out. The stream must be closed.
     */
    Stream<StoredContent> list();

    /** Where the store is, for logs and messages (never a secret). */
    String describe();
}
