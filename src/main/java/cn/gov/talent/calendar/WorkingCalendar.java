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

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;

/**
 * The working-day calendar's public face: how long a notice of N working days runs, whether a day
 * is worked, and the administrator's changes to the holidays and adjusted working days, each
 * audited (subject {@code CALENDAR}, labelled with the date).
 */
@Service
public class WorkingCalendar {

    /** The years the calendar accepts: a typo such as 20266 is refused rather than stored. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int NAME_MAX = 50;

    static final String SUBJECT = "CALENDAR";

    private final CalendarEntryRepository entries;
    private final AuditTrail audit;
    private final Clock clock;

    WorkingCalendar(CalendarEntryRepository entries, AuditTrail audit, Clock clock) {
        this.entries = entries;
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
     * @throws CalendarRefused if the day is outside the years accepted, the name is missing or too long,
     *         or an adjusted working day falls on a weekday (it is worked anyway)
     */
    @Transactional
    public void set(LocalDate day, DayKind kind, String name, Actor actor) {
        String trimmed = name == null ? "" : name.strip();
        for (CalendarRefused refusal : new CalendarRefused[] {dayRefusal(day), kindRefusal(day, kind),
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

    static CalendarRefused dayRefusal(LocalDate day) {
        if (day == null) {
            return new CalendarRefused("calendar.error.day.required");
        }
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            return new CalendarRefused("calendar.error.day.range", day.toString(), String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
        return null;
    }

    /** An adjusted working day on a weekday would change nothing: it is surely a mistyped date. */
    static CalendarRefused kindRefusal(LocalDate day, DayKind kind) {
        if (kind == null) {
            return new CalendarRefused("calendar.error.kind.required");
        }
        if (kind == DayKind.WORKDAY && day != null && !isWeekend(day)) {
            return new CalendarRefused("calendar.error.workdayOnWeekday", day.toString(),
                    new DefaultMessageSourceResolvable("calendar.weekday." + day.getDayOfWeek().name()));
        }
        return null;
    }

    static CalendarRefused nameRefusal(String name) {
        if (name == null || name.isBlank()) {
            return new CalendarRefused("calendar.error.name.required");
        }
        if (name.strip().length() > NAME_MAX) {
            return new CalendarRefused("calendar.error.name.size", String.valueOf(NAME_MAX));
        }
        return null;
    }
}
