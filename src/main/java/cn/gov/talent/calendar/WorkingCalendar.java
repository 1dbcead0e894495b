package cn.gov.talent.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;

/**
 * The working-day calendar's public face: how long a notice of N working days runs, whether a day
 * is worked, and the administrator's changes to the holidays and adjusted working days, each
 * audited (subject {@code CALENDAR}, labelled with the date).
 *
 * <p>The State Council publishes each year's holidays once a year, so the calendar also says which
 * years are maintained: a year the administrator has not marked complete is a known gap, where a
 * period is counted over the weekends and whatever days were entered, and must be checked by hand
 * ({@link #incompleteYears}). Marking a year is audited too (labelled with the year).
 */
@Service
public class WorkingCalendar {

    /** The years the calendar accepts: a typo such as 20266 is refused rather than stored. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int NAME_MAX = 50;

    static final String SUBJECT = "CALENDAR";
    static final String YEAR_COMPLETE = "COMPLETE";
    static final String YEAR_INCOMPLETE = "INCOMPLETE";

    private final CalendarEntryRepository entries;
    private final CalendarYearRepository years;
    private final AuditTrail audit;
    private final Clock clock;

    WorkingCalendar(CalendarEntryRepository entries, CalendarYearRepository years, AuditTrail audit, Clock clock) {
        this.entries = entries;
        this.years = years;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The last day of a period of {@code workingDays} working days beginning on {@code start}
     * (counted if it is a working day). See {@link WorkingDays#endOfPeriod}.
     *
     * @throws IllegalArgumentException if {@code workingDays} is less than 1
     */
    @Transactional(readOnly = true)
    public LocalDate endOfPeriod(LocalDate start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A period has at least one working day, not " + workingDays);
        }
        // Weekends alone stretch n working days over at most 7n/5 + 2 calendar days; a month more covers
        // the longest holiday (春节, nine days) several times. Only exceptions up to `until` are loaded,
        // so an end found beyond it may be wrong: then look again, further.
        long window = 2L * workingDays + 31;
        while (true) {
            LocalDate until = start.plusDays(window);
            LocalDate end = between(start, until).endOfPeriod(start, workingDays);
            if (!end.isAfter(until)) {
                return end;
            }
            window *= 2;
        }
    }

    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate day) {
        return between(day, day).isWorkingDay(day);
    }

    /** The working days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    @Transactional(readOnly = true)
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        return between(from, to).workingDaysBetween(from, to);
    }

    /**
     * The working-day arithmetic over the calendar's exceptions from {@code from} to {@code to}, both included:
     * for a caller that counts many dates in one window (the reminders' daily run) with one query. Outside
     * the window it knows only the weekend rule, so the caller must ask about nothing outside it.
     */
    @Transactional(readOnly = true)
    public WorkingDays workingDays(LocalDate from, LocalDate to) {
        return between(from, to);
    }

    /** The holidays and adjusted working days of a year, in date order. */
    @Transactional(readOnly = true)
    public List<CalendarDay> year(int year) {
        return entries.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(CalendarEntry::toDay).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CalendarDay> day(LocalDate day) {
        return entries.findById(day).map(CalendarEntry::toDay);
    }

    /**
     * Makes {@code day} a holiday or an adjusted working day, replacing what the calendar said of it.
     *
     * @throws Refusal if the day is outside the years accepted, the name is missing or too long,
     *         or an adjusted working day falls on a weekday (it is worked anyway)
     */
    @Transactional
    public void set(LocalDate day, DayKind kind, String name, Actor actor) {
        String trimmed = name == null ? "" : name.strip();
        for (Refusal refusal : new Refusal[] {dayRefusal(day), kindRefusal(day, kind),
                nameRefusal(trimmed)}) {
            if (refusal != null) {
                throw refusal;
            }
        }
        store(day, kind, trimmed, actor, "SET_CALENDAR_DAY");
    }

    /** Gives the day back to the weekday rule. @throws NoSuchElementException if the calendar has no entry for it */
    @Transactional
    public void remove(LocalDate day, Actor actor) {
        CalendarEntry entry = entries.findById(day).orElseThrow(
                () -> new NoSuchElementException("No calendar entry for " + day));
        entries.delete(entry);
        audit.record(new AuditEntry(actor, SUBJECT, null, day.toString(), "REMOVE_CALENDAR_DAY",
                entry.getKind().name(), null, entry.getName()));
    }

    /** Stores days already checked by the import (or the demo loader), replacing the entries of the same dates. */
    @Transactional
    void importAll(Collection<CalendarDay> days, Actor actor) {
        Map<LocalDate, CalendarEntry> existing = new HashMap<>();
        entries.findByDayIn(days.stream().map(CalendarDay::day).toList())
                .forEach(entry -> existing.put(entry.getDay(), entry));
        for (CalendarDay day : days) {
            store(existing.get(day.day()), day.day(), day.kind(), day.name(), actor, "IMPORT_CALENDAR");
        }
    }

    /** Whether the administrator has marked the year's holidays as entered from the State Council's notice. */
    @Transactional(readOnly = true)
    public boolean isComplete(int year) {
        return years.findById(year).map(CalendarYear::isComplete).orElse(false);
    }

    /**
     * The years from {@code from}'s to {@code to}'s, both included, that are not marked complete, in
     * ascending order; empty when {@code to} is before {@code from}. A period computed over one of them
     * rests on the weekends and the days entered so far only.
     */
    @Transactional(readOnly = true)
    public List<Integer> incompleteYears(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        Set<Integer> complete = years.findByYearBetweenAndCompleteTrue(from.getYear(), to.getYear()).stream()
                .map(CalendarYear::getYear).collect(Collectors.toSet());
        return missing(from.getYear(), to.getYear(), complete);
    }

    /**
     * Marks the year as maintained (its holidays and adjusted working days entered from the State
     * Council's notice) or not. Audited as {@code MARK_CALENDAR_YEAR_COMPLETE} or
     * {@code MARK_CALENDAR_YEAR_INCOMPLETE}; marking a year as it already is changes and records nothing.
     *
     * @throws Refusal if the year is outside the years accepted
     */
    @Transactional
    public void markComplete(int year, boolean complete, Actor actor) {
        Refusal refusal = yearRefusal(year);
        if (refusal != null) {
            throw refusal;
        }
        CalendarYear entry = years.findById(year).orElse(null);
        boolean before = entry != null && entry.isComplete();
        if (before == complete) {
            // already so (no row already means not complete)
            return;
        }
        CalendarYear target = entry == null ? new CalendarYear(year) : entry;
        target.mark(complete, actor.username(), Instant.now(clock));
        years.save(target);
        audit.record(new AuditEntry(actor, SUBJECT, null, String.valueOf(year),
                complete ? "MARK_CALENDAR_YEAR_COMPLETE" : "MARK_CALENDAR_YEAR_INCOMPLETE",
                before ? YEAR_COMPLETE : YEAR_INCOMPLETE, complete ? YEAR_COMPLETE : YEAR_INCOMPLETE, null));
    }

    /** The years of [first, last] not in {@code complete}, ascending. */
    static List<Integer> missing(int first, int last, Set<Integer> complete) {
        return IntStream.rangeClosed(first, last).filter(year -> !complete.contains(year)).boxed().toList();
    }

    @Transactional(readOnly = true)
    boolean isEmpty() {
        return entries.count() == 0;
    }

    private void store(LocalDate day, DayKind kind, String name, Actor actor, String action) {
        store(entries.findById(day).orElse(null), day, kind, name, actor, action);
    }

    private void store(CalendarEntry entry, LocalDate day, DayKind kind, String name, Actor actor, String action) {
        String before = entry == null ? null : entry.getKind().name();
        CalendarEntry target = entry == null ? new CalendarEntry(day) : entry;
        target.change(kind, name, actor.username(), Instant.now(clock));
        entries.save(target);
        // the name goes where the actor's own words go: it is what the published notice calls the day
        audit.record(new AuditEntry(actor, SUBJECT, null, day.toString(), action, before, kind.name(), name));
    }

    /** Exceptions of [from, to] only: a caller must ask about nothing outside. */
    private WorkingDays between(LocalDate from, LocalDate to) {
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        entries.findByDayBetweenOrderByDay(from, to).forEach(entry -> exceptions.put(entry.getDay(), entry.getKind()));
        return new WorkingDays(exceptions);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static Refusal dayRefusal(LocalDate day) {
        if (day == null) {
            return Refusal.onField("day", "calendar.error.day.required");
        }
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            return Refusal.onField("day", "calendar.error.day.range", day.toString(), String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
        return null;
    }

    static Refusal yearRefusal(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return new Refusal("calendar.error.year.range", String.valueOf(year), String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
        return null;
    }

    /** An adjusted working day on a weekday would change nothing: it is surely a mistyped date. */
    static Refusal kindRefusal(LocalDate day, DayKind kind) {
        if (kind == null) {
            return Refusal.onField("kind", "calendar.error.kind.required");
        }
        if (kind == DayKind.WORKDAY && day != null && !isWeekend(day)) {
            return Refusal.onField("kind", "calendar.error.workdayOnWeekday", day.toString(),
                    new DefaultMessageSourceResolvable("calendar.weekday." + day.getDayOfWeek().name()));
        }
        return null;
    }

    static Refusal nameRefusal(String name) {
        if (name == null || name.isBlank()) {
            return Refusal.onField("name", "calendar.error.name.required");
        }
        if (name.strip().length() > NAME_MAX) {
            return Refusal.onField("name", "calendar.error.name.size", String.valueOf(NAME_MAX));
        }
        return null;
    }
}
