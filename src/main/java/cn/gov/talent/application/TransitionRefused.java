package cn.gov.talent.application;

/**
 * A transition the state machine will not make. {@code messageKey} says why in the user's
 * language; the arguments fill it in (status, event, role).
 */
public class TransitionRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public TransitionRefused(String messageKey, Object... arguments) {
        super(messageKey + " " + java.util.Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
