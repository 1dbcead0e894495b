package cn.gov.talent.program.eligibility;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * One rule's verdict with the sentence that explains it: {@code messageKey} in the bundles,
 * filled with {@code arguments}. An argument may itself be a {@link Term} (a code to translate)
 * or a {@link Terms} (several, joined with 、). {@code relaxable} says whether the rule's row lets a
 * granted exception relax it (特别优秀者可适当放宽), as the category's texts allow.
 */
public record RuleResult(RuleKind kind, RuleOutcome outcome, boolean relaxable, String messageKey,
        Object... arguments) {

    /** A verdict of a rule no exception relaxes; {@link #relaxedBy(boolean)} sets it from the rule's row. */
    public RuleResult(RuleKind kind, RuleOutcome outcome, String messageKey, Object... arguments) {
        this(kind, outcome, false, messageKey, arguments);
    }

    /** The same verdict, relaxable by an exception as the rule's row says. */
    public RuleResult relaxedBy(boolean relaxableByException) {
        return new RuleResult(kind, outcome, relaxableByException, messageKey, arguments);
    }

    /**
     * A code whose name comes from the bundles, such as {@code degree.DOCTOR}, with the arguments its
     * message takes (themselves terms or values).
     */
    public record Term(String key, Object... arguments) {
    }

    /** Several terms, shown joined. */
    public record Terms(List<Term> terms) {
    }

    public boolean passed() {
        return outcome == RuleOutcome.PASS;
    }

    /** The explanation in the reader's language. */
    public String describe(MessageSource messages, Locale locale) {
        return text(messages, locale, messageKey, arguments);
    }

    /** A message whose arguments may be terms to translate. */
    static String text(MessageSource messages, Locale locale, String key, Object... arguments) {
        Object[] resolved = Arrays.stream(arguments).map(argument -> resolve(argument, messages, locale)).toArray();
        return messages.getMessage(key, resolved, locale);
    }

    private static String name(Term term, MessageSource messages, Locale locale) {
        Object[] resolved = term.arguments().length == 0 ? null
                : Arrays.stream(term.arguments()).map(argument -> resolve(argument, messages, locale)).toArray();
        return messages.getMessage(term.key(), resolved, term.key(), locale);
    }

    private static Object resolve(Object argument, MessageSource messages, Locale locale) {
        if (argument instanceof Term term) {
            return name(term, messages, locale);
        }
        if (argument instanceof Terms terms) {
            String separator = messages.getMessage("list.separator", null, "、", locale);
            return String.join(separator, terms.terms().stream().map(term -> name(term, messages, locale)).toList());
        }
        if (argument instanceof MessageSourceResolvable resolvable) {
            return messages.getMessage(resolvable, locale);
        }
        return argument;
    }
}
