package cn.gov.talent.calendar;

/** A calendar change that is refused; the message key (with its arguments) says why. */
public class CalendarRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    CalendarRefused(String messageKey, Object... arguments) {
        super(messageKey);
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
