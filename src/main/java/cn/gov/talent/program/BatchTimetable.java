package cn.gov.talent.program;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gov.talent.shared.Labelled;
import cn.gov.talent.shared.Refusal.Problem;

/**
 * A batch's timetable checked against its year and today. What cannot be is an error: a date before
 * the one it follows (the window closing before it opens, the employers' deadline before the window
 * closes, the recommending units' deadline before the employers', the review ending before it starts),
 * or a reference date for ages more than a year away from the batch's year. What can be but is
 * suspicious is a warning the office confirms before saving: a date outside the batch's year (a window
 * running into the next year is allowed, and warned of), or a date already past, for a new batch or
 * for a date that changed.
 */
final class BatchTimetable {

    /** The dates of the timetable, in the order they happen (the form's field names). */
    static final List<String> ORDER = List.of("applicationOpens", "applicationCloses", "employerDeadline",
            "recommenderDeadline", "reviewStarts", "reviewEnds");

    static final String REFERENCE_DATE = "referenceDate";

    /** The warnings, one per date: already past, outside the batch's year, or both. */
    static final String PAST = "batch.warning.past";

    static final String OUTSIDE_YEAR = "batch.warning.outsideYear";

    static final String PAST_AND_OUTSIDE_YEAR = "batch.warning.pastAndOutsideYear";

    /** A field of the form, named as on the form (a refusal names it in the reader's language). */
    record Field(String name) implements Labelled {

        @Override
        public String messageKey() {
            return REFERENCE_DATE.equals(name) ? "public.batches.referenceDate" : "batch." + name;
        }
    }

    private BatchTimetable() {
    }

    /**
     * Adds what is wrong with the timetable to {@code errors} and what the office must confirm to
     * {@code warnings}; {@code before} is the batch as saved, or null for a new one; without a year (the
     * form's own check says so) only the order is checked.
     */
    static void check(Integer year, BatchForm form, Batch before, LocalDate today, List<Problem> errors,
            List<Problem> warnings) {
        Map<String, LocalDate> dates = dates(form);
        String previous = null;
        for (String field : ORDER) {
            LocalDate date = dates.get(field);
            if (date == null) {
                continue;
            }
            if (previous != null && date.isBefore(dates.get(previous))) {
                errors.add(new Problem(field, "batch.dates.before", new Object[] {new Field(field), date,
                        new Field(previous), dates.get(previous)}));
            }
            previous = field;
        }
        if (year == null) {
            return;
        }
        // as text: a number would be written 2,027
        String batchYear = String.valueOf(year);
        LocalDate referenceDate = dates.get(REFERENCE_DATE);
        if (referenceDate != null && Math.abs(referenceDate.getYear() - year) > 1) {
            errors.add(new Problem(REFERENCE_DATE, "batch.referenceDate.farFromYear",
                    new Object[] {referenceDate, batchYear}));
        }
        Map<String, LocalDate> saved = before == null ? Map.of() : dates(before);
        for (Map.Entry<String, LocalDate> entry : dates.entrySet()) {
            LocalDate date = entry.getValue();
            if (date == null || (before != null && Objects.equals(date, saved.get(entry.getKey())))) {
                continue;
            }
            Field field = new Field(entry.getKey());
            // a reference date far from the year is an error already
            boolean refused = REFERENCE_DATE.equals(entry.getKey()) && Math.abs(date.getYear() - year) > 1;
            boolean outside = date.getYear() != year && !refused;
            boolean past = date.isBefore(today);
            if (outside && past) {
                warnings.add(new Problem(entry.getKey(), PAST_AND_OUTSIDE_YEAR,
                        new Object[] {field, date, today, batchYear}));
            } else if (past) {
                warnings.add(new Problem(entry.getKey(), PAST, new Object[] {field, date, today}));
            } else if (outside) {
                warnings.add(new Problem(entry.getKey(), OUTSIDE_YEAR, new Object[] {field, date, batchYear}));
            }
        }
    }

    /** The form's dates by field, the timetable's in order, then the reference date. */
    static Map<String, LocalDate> dates(BatchForm form) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("applicationOpens", form.getApplicationOpens());
        dates.put("applicationCloses", form.getApplicationCloses());
        dates.put("employerDeadline", form.getEmployerDeadline());
        dates.put("recommenderDeadline", form.getRecommenderDeadline());
        dates.put("reviewStarts", form.getReviewStarts());
        dates.put("reviewEnds", form.getReviewEnds());
        dates.put(REFERENCE_DATE, form.getReferenceDate());
        return dates;
    }

    private static Map<String, LocalDate> dates(Batch batch) {
        return dates(BatchForm.of(batch));
    }
}
