package cn.gov.talent.storage;

/**
 * What was read is not the content expected: its SHA-256 is not the key it was to be stored under (a file
 * changed on disk since it was written, or damaged). Nothing was stored.
 */
public class ContentMismatch extends RuntimeException {

    private final String expected;
    private final String actual;

    public ContentMismatch(String expected, String actual) {
        super("Content expected under " + expected + " hashes to " + actual);
        this.expected = expected;
        this.actual = actual;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
