package cn.gov.talent.audit;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import cn.gov.talent.shared.Actor;

/**
 * What a module asks the audit trail to record.
 *
 * @param actor who did it
 * @param subjectType what kind of record it concerns ({@code APPLICATION}, {@code USER}, {@code UNIT})
 * @param subjectId which one
 * @param subjectLabel a readable name of it (serial number, user name)
 * @param action the event or operation, upper case ({@code SUBMIT}, {@code UNLOCK})
 * @param fromState state before, if any (a code: the page names it in the reader's language)
 * @param toState state after, if any
 * @param reason why, as the actor wrote it
 * @param noteKey what the application itself notes about it, as a key of the message bundles, or null
 * @param noteArguments the note's arguments as text; one made by {@link #labels} names labels instead
 *        ({@code role.OFFICE,role.EXPERT} behind {@link #LABELS}), rendered in the reader's language and joined;
 *        one made by {@link #names} lists names shown as written, joined in the reader's language
 */
public record AuditEntry(Actor actor, String subjectType, Long subjectId, String subjectLabel, String action,
        String fromState, String toState, String reason, String noteKey, List<String> noteArguments) {

    /**
     * What starts a note argument that names labels rather than text: a control character nobody can
     * type (the input filter refuses them), so free text such as a reason starting with {@code #} stays text.
     */
    public static final String LABELS = "\u001E";

    /**
     * What starts a note argument that is a list of names (units, people) shown as written and joined in the
     * reader's language; {@link #NAME_SEPARATOR} between them. Control characters nobody can type, so a name
     * may hold any comma.
     */
    public static final String NAMES = "\u001D";

    /** Between the names of a {@link #NAMES} argument. */
    static final String NAME_SEPARATOR = "\u001C";

    public AuditEntry {
        noteArguments = noteArguments == null ? List.of() : List.copyOf(noteArguments);
    }

    /** An entry without a note: the reason, if any, is what the actor wrote. */
    public AuditEntry(Actor actor, String subjectType, Long subjectId, String subjectLabel, String action,
            String fromState, String toState, String reason) {
        this(actor, subjectType, subjectId, subjectLabel, action, fromState, toState, reason, null, List.of());
    }

    public static AuditEntry of(Actor actor, String subjectType, Long subjectId, String subjectLabel, String action) {
        return new AuditEntry(actor, subjectType, subjectId, subjectLabel, action, null, null, null);
    }

    /** A note argument naming these labels (message keys), shown in the reader's language and joined. */
    public static String labels(Collection<String> keys) {
        return LABELS + String.join(",", keys);
    }

    /** A note argument naming these labels (message keys), shown in the reader's language and joined. */
    public static String labels(String... keys) {
        return labels(Arrays.asList(keys));
    }

    /**
     * A note argument listing these names (a unit's, a person's) as they are written, joined with the reader's
     * language's separator (、 or a comma) when shown.
     */
    public static String names(Collection<String> names) {
        return NAMES + names.stream().map(name -> name == null ? "" : name.replace(NAME_SEPARATOR, " ")
                .replace(AuditRecord.ARGUMENT_SEPARATOR, " ")).collect(java.util.stream.Collectors.joining(
                        NAME_SEPARATOR));
    }

    /**
     * This entry with a note the application writes: a message key and its arguments (numbers, dates,
     * names as text; {@link #labels} for labels), rendered per reader, never a sentence in one language.
     */
    public AuditEntry withNote(String key, Object... arguments) {
        List<String> texts = arguments == null ? List.of()
                : Arrays.stream(arguments).map(argument -> argument == null ? "" : String.valueOf(argument)).toList();
        return new AuditEntry(actor, subjectType, subjectId, subjectLabel, action, fromState, toState, reason, key,
                texts);
    }
}
