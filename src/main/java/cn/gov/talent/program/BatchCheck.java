package cn.gov.talent.program;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Refusal.Problem;

/**
 * A batch form checked: what the office must correct ({@code errors}: the timetable's order, the notice
 * minimum, the yearly maximum…) and what it must confirm before saving ({@code warnings}: dates outside
 * the batch's year or already past).
 */
record BatchCheck(List<Problem> errors, List<Problem> warnings) {

    BatchCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Refuses with every error, if there is one. */
    void refuseErrors() {
        if (!errors.isEmpty()) {
            throw new Refusal(errors);
        }
    }

    /** Refuses with every error, then refuses if there are warnings the form does not confirm. */
    void refuseUnconfirmed(BatchForm form) {
        refuseErrors();
        if (!warnings.isEmpty() && !form.isTimetableConfirmed()) {
            throw Refusal.onField("timetableConfirmed", "batch.warnings.unconfirmed");
        }
    }

    /**
     * The warnings as the office saw them, in a few characters: the page sends it back with the
     * confirmation, so that a warning that appeared since (a date changed at the same time) is shown again.
     */
    String fingerprint() {
        String warned = warnings.stream().map(Problem::toString).sorted().collect(Collectors.joining("\n"));
        return UUID.nameUUIDFromBytes(warned.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Whether the form confirms these very warnings: the box ticked on a page that showed them. */
    boolean confirmedBy(BatchForm form) {
        return warnings.isEmpty() || form.isTimetableConfirmed() && fingerprint().equals(form.getConfirmedWarnings());
    }

    /**
     * The audit line with the warnings confirmed, if any: the dates already past (and the day they were
     * confirmed on) and those outside the batch's year, named in the reader's language.
     */
    AuditEntry noted(AuditEntry entry, int year, Object today) {
        List<String> past = fields(BatchTimetable.PAST, BatchTimetable.PAST_AND_OUTSIDE_YEAR);
        List<String> outside = fields(BatchTimetable.OUTSIDE_YEAR, BatchTimetable.PAST_AND_OUTSIDE_YEAR);
        if (!past.isEmpty() && !outside.isEmpty()) {
            return entry.withNote("audit.note.batch.confirmed.both", AuditEntry.labels(past), today,
                    AuditEntry.labels(outside), year);
        }
        if (!past.isEmpty()) {
            return entry.withNote("audit.note.batch.confirmed.past", AuditEntry.labels(past), today);
        }
        if (!outside.isEmpty()) {
            return entry.withNote("audit.note.batch.confirmed.outsideYear", AuditEntry.labels(outside), year);
        }
        return entry;
    }

    /** The label keys of the fields with one of these warnings, in the form's order. */
    private List<String> fields(String... kinds) {
        List<String> keys = new ArrayList<>();
        warnings.stream().filter(problem -> List.of(kinds).contains(problem.messageKey()))
                .map(problem -> new BatchTimetable.Field(problem.field()).messageKey()).forEach(keys::add);
        return keys;
    }
}
