package cn.gov.talent.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * What the user asked for is not done, and why: one or more problems, each a key of the message
 * bundles with its arguments, and optionally the form field it belongs to (so the page can show
 * it beside that field). The one way the modules refuse; the pages catch it and show it.
 * {@link #getMessage()} is the first problem's key; {@link #toString()} adds the arguments for logs.
 */
public class Refusal extends RuntimeException {

    /** One reason: {@code field} is the form field it belongs to, or null for the whole request. */
    public record Problem(String field, String messageKey, Object[] arguments) {

        public Problem {
            if (messageKey == null) {
                throw new IllegalArgumentException("A problem needs a message key");
            }
            arguments = arguments == null ? new Object[0] : arguments;
        }

        @Override
        public String toString() {
            return (field == null ? "" : field + ": ") + messageKey
                    + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
        }
    }

    private final transient List<Problem> problems;

    /** A refusal of the whole request. */
    public Refusal(String messageKey, Object... arguments) {
        this(List.of(new Problem(null, messageKey, arguments)));
    }

    /** A refusal with one or more problems; the first is the one {@link #messageKey()} names. */
    public Refusal(List<Problem> problems) {
        super(requireOne(problems).get(0).messageKey());
        this.problems = List.copyOf(problems);
    }

    /** A refusal that belongs to one field of a form. */
    public static Refusal onField(String field, String messageKey, Object... arguments) {
        return new Refusal(List.of(new Problem(field, messageKey, arguments)));
    }

    private static List<Problem> requireOne(List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs at least one problem");
        }
        return problems;
    }

    /** The first problem's message key. */
    public String messageKey() {
        return problems.get(0).messageKey();
    }

    /** The first problem's arguments. */
    public Object[] arguments() {
        return problems.get(0).arguments();
    }

    /** The form field of the first problem, or null if it concerns the whole request. */
    public String field() {
        return problems.get(0).field();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem in the reader's language. */
    public String describe(MessageSource messages, Locale locale) {
        return describe(problems.get(0), messages, locale);
    }

    /**
     * A problem in the reader's language: a {@link Labelled} argument (status, event, role...) is
     * named as on screen, a null one is left empty.
     */
    public static String describe(Problem problem, MessageSource messages, Locale locale) {
        Object[] named = Arrays.stream(problem.arguments()).map(argument -> {
            if (argument instanceof Labelled labelled) {
                return messages.getMessage(labelled.messageKey(), null, locale);
            }
            return argument == null ? "" : argument;
        }).toArray();
        return messages.getMessage(problem.messageKey(), named, locale);
    }

    @Override
    public String toString() {
        if (problems == null) {
            return super.toString();
        }
        return getClass().getName() + ": "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }
}
