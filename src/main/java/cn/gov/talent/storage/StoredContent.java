package cn.gov.talent.storage;

/**
 * A content in the store: its key (the SHA-256 of its bytes, 64 lower-case hex digits) and its size in bytes.
 */
public record StoredContent(String key, long size) {
}
