package cn.gov.talent.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Working-day arithmetic (工作日计算) over a set of exceptions: Monday to Friday are working days and
 * weekends are not, unless an exception says otherwise (a HOLIDAY rests on any weekday, a WORKDAY
 * works on a weekend). Pure: it knows only the exceptions it was given, so a caller must give it
 * every exception of the dates it asks about.
 */
public final class WorkingDays {

    private final Map<LocalDate, DayKind> exceptions;

    WorkingDays(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /**
     * The arithmetic over these holidays (法定节假日, rested on any weekday) and adjusted working days (调休上班,
     * worked on a weekend), as the calendar would give them: for a caller that reads them elsewhere, such as a
     * test of dates counted in working days.
     */
    public static WorkingDays of(Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        holidays.forEach(day -> exceptions.put(day, DayKind.HOLIDAY));
        workdays.forEach(day -> exceptions.put(day, DayKind.WORKDAY));
        return new WorkingDays(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code workingDays} working days beginning on {@code start}: the
     * start counts as the first if it is a working day, otherwise counting begins at the next one.
     *
     * @throws IllegalArgumentException if {@code workingDays} is less than 1
     */
    public LocalDate endOfPeriod(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        if (workingDays < 1) {
            throw new IllegalArgumentException("A period has at least one working day, not " + workingDays);
        }
        LocalDate day = isWorkingDay(start) ? start : nextWorkingDay(start);
        for (int counted = 1; counted < workingDays; counted++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /** The working days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The first working day after {@code day} (never {@code day} itself). Ends: exceptions are finite,
     * so some plain weekday always follows.
     */
    public LocalDate nextWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The last working day before {@code day} (never {@code day} itself). Ends: exceptions are finite, so some
     * plain weekday always precedes.
     */
    public LocalDate previousWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate previous = day.minusDays(1);
        while (!isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }
}
