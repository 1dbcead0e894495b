package cn.gov.talent.recommendation;

/** A nomination or quota change that is not allowed; the key and arguments explain why. */
public class NominationRefused extends RuntimeException {

    private final transient Object[] arguments;

    public NominationRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    public Object[] arguments() {
        return arguments;
    }
}
