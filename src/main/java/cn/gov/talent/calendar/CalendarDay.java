package cn.gov.talent.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One exception of the calendar: a statutory holiday or an adjusted working day, as the
 * administrator entered it.
 *
 * @param name what the notice calls it (国庆节, 春节调休上班)
 * @param updatedBy who entered it last (null for rows loaded by SQL)
 */
record CalendarDay(LocalDate day, DayKind kind, String name, String updatedBy, Instant updatedAt) {

    public DayOfWeek weekday() {
        return day.getDayOfWeek();
    }
}
