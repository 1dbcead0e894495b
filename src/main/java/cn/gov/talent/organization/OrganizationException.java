package cn.gov.talent.organization;

/** A refused change to units or users; the message key explains why in the user's language. */
public class OrganizationException extends RuntimeException {

    private final String messageKey;

    public OrganizationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
