package cn.gov.talent.web;

/**
 * A problem with an uploaded template as a whole (missing, too large, not an xlsx, not the
 * template, no or too many rows): nothing is read. The message is a key of the message bundles.
 */
public class ImportRefused extends RuntimeException {

    private final transient Object[] arguments;

    public ImportRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments;
    }
}
