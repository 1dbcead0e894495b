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

    /** The refusal in the reader's language, with statuses, events, roles and guards named as on screen. */
    public String describe(org.springframework.context.MessageSource messages, java.util.Locale locale) {
        Object[] named = java.util.Arrays.stream(arguments).map(argument -> {
            if (argument instanceof ApplicationStatus status) {
                return messages.getMessage(status.messageKey(), null, locale);
            }
            if (argument instanceof WorkflowEvent event) {
                return messages.getMessage(event.messageKey(), null, locale);
            }
            if (argument instanceof Guard guard) {
                return messages.getMessage(guard.messageKey(), null, locale);
            }
            if (argument instanceof cn.gov.talent.shared.Role role) {
                return messages.getMessage(role.messageKey(), null, locale);
            }
            return argument == null ? "" : argument;
        }).toArray();
        return messages.getMessage(messageKey, named, locale);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
