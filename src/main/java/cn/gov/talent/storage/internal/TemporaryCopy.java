package cn.gov.talent.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import cn.gov.talent.storage.ContentMismatch;
import cn.gov.talent.storage.FileStore;

/**
 * A content copied to a temporary file {@code upload-*.part} while its SHA-256 (its key), its MD5 (which the
 * object store checks on arrival) and its size are computed; deleted on {@link #close()} unless moved away.
 */
final class TemporaryCopy implements AutoCloseable {

    private final Path file;
    private final String sha256;
    private final byte[] md5;
    private final long size;

    private TemporaryCopy(Path file, String sha256, byte[] md5, long size) {
        this.file = file;
        this.sha256 = sha256;
        this.md5 = md5;
        this.size = size;
    }

    /**
     * Copies the stream (to its end; not closed) into a new temporary file in this directory; refuses the copy
     * ({@link ContentMismatch}, nothing left behind) when an expected key is given and the content is not it.
     */
    static TemporaryCopy of(InputStream content, Path directory, String expectedKey) {
        if (expectedKey != null) {
            FileStore.requireKey(expectedKey);
        }
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            long size = Files.copy(new DigestInputStream(new DigestInputStream(content, sha), md5), temporary,
                    StandardCopyOption.REPLACE_EXISTING);
            String key = HexFormat.of().formatHex(sha.digest());
            if (expectedKey != null && !expectedKey.equals(key)) {
                throw new ContentMismatch(expectedKey, key);
            }
            TemporaryCopy copy = new TemporaryCopy(temporary, key, md5.digest(), size);
            temporary = null;
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            delete(temporary);
        }
    }

    Path file() {
        return file;
    }

    String sha256() {
        return sha256;
    }

    /** The MD5 in base64, as the {@code Content-MD5} header wants it. */
    String md5Base64() {
        return Base64.getEncoder().encodeToString(md5);
    }

    long size() {
        return size;
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
