package cn.gov.talent.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarEntryRepository extends JpaRepository<CalendarEntry, LocalDate> {

    /** A range of the primary key: one index range scan, whatever the years it spans. */
    List<CalendarEntry> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    List<CalendarEntry> findByDayIn(Collection<LocalDate> days);
}
