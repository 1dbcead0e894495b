package cn.gov.talent.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.gov.talent.shared.Actor;

/**
 * The demo's calendar, loaded once (when the calendar is empty) in every profile but {@code prod}:
 * 2026 as the State Council announced it (国务院办公厅关于2026年部分节假日安排的通知) and 元旦 2027.
 *
 * <p>Typed in from the notice, not fetched: before relying on it, an official must check every date
 * against the published notice, and enter 2027 from the 2027 notice once it is out (元旦 2027 is
 * included here only as the usual three days, without any adjusted working day). In {@code prod}
 * nothing is preloaded; the administrator imports each year's notice.
 */
@Component
@Profile("!prod")
@Order(11)
class CalendarDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalendarDemoData.class);
    private static final Actor LOADER = Actor.system("demo-loader");

    private final WorkingCalendar calendar;

    CalendarDemoData(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!calendar.isEmpty()) {
            return;
        }
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "元旦", "2026-01-01", "2026-01-03");
        workdays(days, "元旦调休上班", "2026-01-04");
        holidays(days, "春节", "2026-02-15", "2026-02-23");
        workdays(days, "春节调休上班", "2026-02-14", "2026-02-28");
        holidays(days, "清明节", "2026-04-04", "2026-04-06");
        holidays(days, "劳动节", "2026-05-01", "2026-05-05");
        workdays(days, "劳动节调休上班", "2026-05-09");
        holidays(days, "端午节", "2026-06-19", "2026-06-21");
        holidays(days, "中秋节", "2026-09-25", "2026-09-27");
        holidays(days, "国庆节", "2026-10-01", "2026-10-07");
        workdays(days, "国庆节调休上班", "2026-09-20", "2026-10-10");
        holidays(days, "元旦", "2027-01-01", "2027-01-03");
        calendar.importAll(days, LOADER);
        log.info("Loaded the demo working-day calendar: {} days of 2026 and 元旦 2027", days.size());
    }

    private static void holidays(List<CalendarDay> days, String name, String first, String last) {
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
            days.add(new CalendarDay(day, DayKind.HOLIDAY, name, null, null));
        }
    }

    private static void workdays(List<CalendarDay> days, String name, String... dates) {
        for (String date : dates) {
            days.add(new CalendarDay(LocalDate.parse(date), DayKind.WORKDAY, name, null, null));
        }
    }
}
