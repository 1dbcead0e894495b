package cn.gov.talent.storage;

/**
 * The store has no content under this key. A row names every stored file and the application never deletes one
 * (ADR 0011), so this means a store restored without its files, or configured to the wrong place: a server error,
 * not the reader's.
 */
public class MissingContent extends RuntimeException {

    public MissingContent(String key, String store) {
        super("No content " + key + " in " + store);
    }
}
