package cn.gov.talent.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Role;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.shared.WorkItemProvider;

/**
 * For the administrator: the current year's working-day calendar if it is not marked complete, and
 * from 1 November (when the State Council usually publishes the next year's holidays) the next year's.
 * The home page shows an item's count in large type before its text, so these items give the year as
 * the count: "2027" above "年度工作日历未维护完毕".
 */
@Component
class CalendarWorkItems implements WorkItemProvider {

    /** From this month on, the next year's calendar is asked for. */
    static final int NEXT_YEAR_FROM_MONTH = 11;

    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarWorkItems(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return yearsToMaintain(today, calendar.isComplete(today.getYear()), calendar.isComplete(today.getYear() + 1));
    }

    /** What the administrator is asked for on {@code today}, given whether this year and the next are complete. */
    static List<WorkItem> yearsToMaintain(LocalDate today, boolean thisYearComplete, boolean nextYearComplete) {
        List<WorkItem> work = new ArrayList<>();
        int year = today.getYear();
        if (!thisYearComplete) {
            work.add(new WorkItem("calendar.work.currentYearMissing", year, link(year)));
        }
        if (today.getMonthValue() >= NEXT_YEAR_FROM_MONTH && !nextYearComplete && year < WorkingCalendar.LAST_YEAR) {
            work.add(new WorkItem("calendar.work.nextYearMissing", year + 1, link(year + 1)));
        }
        return work;
    }

    private static String link(int year) {
        return "/admin/calendar?year=" + year;
    }
}
