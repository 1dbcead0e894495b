package cn.gov.talent.application;

/** An upload that is not accepted; the message key says why and how to fix it. */
public class UploadRefused extends RuntimeException {

    private final transient Object[] arguments;

    public UploadRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    public Object[] arguments() {
        return arguments;
    }
}
