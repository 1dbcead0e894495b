package cn.gov.talent.calendar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {

    List<CalendarYear> findByYearBetweenAndCompleteTrue(int from, int to);
}
