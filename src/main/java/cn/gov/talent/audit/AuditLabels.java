package cn.gov.talent.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit trail in the reader's language. Lines keep codes (actions, states, roles) and notes as a
 * key with arguments; the pages ({@code audit/list}, an application's history) name each through the
 * message bundles: an action as {@code event.X}, a state by its subject's own list (an application's
 * {@code status.X}, an objection's {@code objection.status.X}, a review task's {@code review.status.X}...),
 * a note from its key. What has no name (a date, a person's name, an older line's free text) shows as it is.
 */
@Component("auditLabels")
public class AuditLabels {

    /** Where each subject's states are named, by subject type. */
    private static final Map<String, String> STATES = Map.of(
            "APPLICATION", "status.",
            "OBJECTION", "objection.status.",
            "REVIEW_ASSIGNMENT", "review.status.",
            "REVIEW_ROUND", "review.mode.",
            "EXPERT", "expert.status.",
            "BATCH", "batch.stage.",
            "CALENDAR", "calendar.kind.",
            "PROPOSAL", "proposal.status.",
            "TALENT", "talent.status.",
            "YEARLY_REPORT", "talent.report.status.");

    /** How the review stage labels a round ({@code RoundSupport.label}). */
    private static final Pattern ROUND_LABEL = Pattern.compile("batch (\\d+) / round (\\d+)");

    private final MessageSource messages;

    AuditLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String subject(AuditRecord line, Locale locale) {
        return orAsIs("audit.subject." + line.getSubjectType(), line.getSubjectType(), locale);
    }

    /**
     * The record the line concerns, as written (a serial number, a name), except the review stage's
     * "batch 12 / round 1", which is named in the reader's language.
     */
    public String label(AuditRecord line, Locale locale) {
        String label = line.getSubjectLabel();
        if (label == null) {
            return "";
        }
        Matcher round = ROUND_LABEL.matcher(label);
        if (round.matches()) {
            return messages.getMessage("audit.label.round", new Object[] {round.group(1), round.group(2)}, label,
                    locale);
        }
        return label;
    }

    public String action(AuditRecord line, Locale locale) {
        return orAsIs("event." + line.getAction(), line.getAction(), locale);
    }

    /** A state before or after ({@code value} is the line's from or to state), named for the line's subject. */
    public String state(AuditRecord line, String value, Locale locale) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if ("RANK".equals(line.getAction())) {
            return messages.getMessage("audit.state.rank", new Object[] {value}, value, locale);
        }
        if (value.startsWith("[") && value.endsWith("]")) {
            // a set of roles or codes, as Java writes a collection
            return Arrays.stream(value.substring(1, value.length() - 1).split(",")).map(String::trim)
                    .filter(code -> !code.isEmpty()).map(code -> stateOf(line.getSubjectType(), code, locale))
                    .collect(Collectors.joining(separator(locale)));
        }
        return stateOf(line.getSubjectType(), value, locale);
    }

    /** The note the application wrote, in the reader's language; else the reason as written (older lines). */
    public String note(AuditRecord line, Locale locale) {
        if (line.getNoteKey() == null) {
            return line.getReason();
        }
        Object[] arguments = line.getNoteArguments().stream().map(argument -> argument(argument, locale)).toArray();
        String note = messages.getMessage(line.getNoteKey(), arguments, line.getNoteKey(), locale);
        return line.getReason() == null ? note : note + " " + line.getReason();
    }

    /** The actor's roles, named; a system actor (the public's filing, a scheduled step) as the system. */
    public String roles(AuditRecord line, Locale locale) {
        if (line.getActorUserId() == null) {
            return messages.getMessage("audit.actor.system", null, "", locale);
        }
        if (line.getActorRoles() == null || line.getActorRoles().isBlank()) {
            return "";
        }
        return Arrays.stream(line.getActorRoles().split(",")).map(String::trim)
                .map(role -> orAsIs("role." + role, role, locale)).collect(Collectors.joining(separator(locale)));
    }

    private String stateOf(String subjectType, String value, Locale locale) {
        String prefix = STATES.get(subjectType);
        String named = prefix == null ? null : messages.getMessage(prefix + value, null, null, locale);
        if (named == null) {
            named = messages.getMessage("audit.state." + subjectType + "." + value, null, null, locale);
        }
        if (named == null && "USER".equals(subjectType)) {
            named = messages.getMessage("role." + value, null, null, locale);
        }
        return named == null ? value : named;
    }

    /**
     * A note's argument: text as it is, labels ({@link AuditEntry#labels}) named and joined in the reader's
     * language, or names ({@link AuditEntry#names}) as written, joined in the reader's language. Older lines
     * wrote labels as {@code #key1,key2}; such an argument is read as labels only when every part is a message
     * key, so free text that starts with {@code #} (a reason, a title) stays as typed.
     */
    private String argument(String argument, Locale locale) {
        if (argument.startsWith(AuditEntry.NAMES)) {
            return Arrays.stream(argument.substring(AuditEntry.NAMES.length()).split(AuditEntry.NAME_SEPARATOR, -1))
                    .collect(Collectors.joining(separator(locale)));
        }
        if (argument.startsWith(AuditEntry.LABELS)) {
            return keys(argument.substring(AuditEntry.LABELS.length())).stream().map(key -> orAsIs(key, key, locale))
                    .collect(Collectors.joining(separator(locale)));
        }
        if (argument.startsWith("#")) {
            List<String> keys = keys(argument.substring(1));
            List<String> named = keys.stream().map(key -> messages.getMessage(key, null, null, locale)).toList();
            if (!keys.isEmpty() && named.stream().allMatch(Objects::nonNull)) {
                return String.join(separator(locale), named);
            }
        }
        return argument;
    }

    private static List<String> keys(String joined) {
        return Arrays.stream(joined.split(",")).map(String::trim).filter(key -> !key.isEmpty()).toList();
    }

    private String separator(Locale locale) {
        return messages.getMessage("audit.list.separator", null, "、", locale);
    }

    private String orAsIs(String key, String asIs, Locale locale) {
        return messages.getMessage(key, null, asIs, locale);
    }
}
