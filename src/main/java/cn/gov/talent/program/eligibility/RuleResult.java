package cn.gov.talent.program.eligibility;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * One rule's verdict with the sentence that explains it: {@code messageKey} in the bundles,
 * filled with {@code arguments}. An argument may itself be a {@link Term} (a code to translate)
 * or a {@link Terms} (several, joined with 、).
 */
public record RuleResult(RuleKind kind, RuleOutcome outcome, String messageKey, Object... arguments) {

    /** A code whose name comes from the bundles, such as {@code degree.DOCTOR}. */
    public record Term(String key) {
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

    private static Object resolve(Object argument, MessageSource messages, Locale locale) {
        if (argument instanceof Term term) {
            return messages.getMessage(term.key(), null, term.key(), locale);
        }
        if (argument instanceof Terms terms) {
            String separator = messages.getMessage("list.separator", null, "、", locale);
            return String.join(separator, terms.terms().stream()
                    .map(term -> messages.getMessage(term.key(), null, term.key(), locale)).toList());
        }
        if (argument instanceof MessageSourceResolvable resolvable) {
            return messages.getMessage(resolvable, locale);
        }
        return argument;
    }
}
