package cn.gov.talent.shared;

/**
 * A record the caller may not see, or that does not exist: always answered 404, so a page does
 * not tell the two apart.
 */
public class NotFound extends RuntimeException {

    public NotFound() {
        super("not found");
    }

    public NotFound(String message) {
        super(message);
    }
}
