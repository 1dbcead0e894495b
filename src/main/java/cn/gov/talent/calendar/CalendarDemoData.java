package cn.gov.talent.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.gov.talent.shared.Actor;

/**
 * The demo's calendar, loaded once (when the calendar is empty) in every profile but {@code prod}, for
 * the current year by the clock and the next one.
 *
 * <p>A year whose State Council notice is typed into this class (today only 2026: 国务院办公厅关于2026年
 * 部分节假日安排的通知) is loaded as announced and marked complete. Any other year gets only the
 * statutory holidays whose dates the law itself fixes (全国年节及纪念日放假办法, as amended in 2024: 元旦
 * 1 January, 劳动节 1–2 May, 国庆节 1–3 October), named as awaiting the notice, and stays incomplete: the
 * lunar holidays (春节, 端午节, 中秋节), 清明节, the days added to make up the long holidays and the adjusted
 * working days are not guessed. The administrator enters them from the year's notice and marks the
 * year complete; until then periods counted over it are flagged for checking by hand.
 *
 * <p>Typed in from the notice, not fetched: before relying on it, an official must check every date
 * against the published notice. In {@code prod} nothing is preloaded; the administrator imports each
 * year's notice.
 */
@Component
@Profile("!prod")
@Order(11)
class CalendarDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalendarDemoData.class);
    private static final Actor LOADER = Actor.system("demo-loader");

    /** The years whose State Council arrangement is typed in below ({@link #announced}). */
    static final Set<Integer> ANNOUNCED = Set.of(2026);

    /** What a fixed-date statutory holiday is called until the year's notice is entered. */
    static final String AWAITING_NOTICE = "（法定节假日，调休安排待国务院通知）";

    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarDemoData(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!calendar.isEmpty()) {
            return;
        }
        int thisYear = LocalDate.now(clock).getYear();
        for (int year = thisYear; year <= thisYear + 1; year++) {
            if (WorkingCalendar.yearRefusal(year) != null) {
                continue;
            }
            boolean typedIn = ANNOUNCED.contains(year);
            List<CalendarDay> days = typedIn ? announced(year) : fixedByLaw(year);
            calendar.importAll(days, LOADER);
            if (typedIn) {
                calendar.markComplete(year, true, LOADER);
                log.info("Loaded the demo working-day calendar of {}: {} days as the State Council announced them",
                        year, days.size());
            } else {
                log.info("Loaded the demo working-day calendar of {}: only the {} statutory holidays of fixed date; "
                        + "the year stays incomplete until its State Council notice is entered", year, days.size());
            }
        }
    }

    /**
     * The State Council's arrangement of a year in {@link #ANNOUNCED}, every holiday (weekends inside
     * included) and adjusted working day.
     *
     * @throws IllegalArgumentException for a year whose notice is not typed in
     */
    static List<CalendarDay> announced(int year) {
        if (year != 2026) {
            throw new IllegalArgumentException("No State Council arrangement typed in for " + year);
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
        return days;
    }

    /**
     * The statutory holidays whose dates the law fixes (全国年节及纪念日放假办法, 2024): 元旦 1 January,
     * 劳动节 1 and 2 May, 国庆节 1 to 3 October; nothing else of the year is guessed.
     */
    static List<CalendarDay> fixedByLaw(int year) {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "元旦" + AWAITING_NOTICE, LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1));
        holidays(days, "劳动节" + AWAITING_NOTICE, LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2));
        holidays(days, "国庆节" + AWAITING_NOTICE, LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 3));
        return days;
    }

    private static void holidays(List<CalendarDay> days, String name, String first, String last) {
        holidays(days, name, LocalDate.parse(first), LocalDate.parse(last));
    }

    private static void holidays(List<CalendarDay> days, String name, LocalDate first, LocalDate last) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(new CalendarDay(day, DayKind.HOLIDAY, name, null, null));
        }
    }

    private static void workdays(List<CalendarDay> days, String name, String... dates) {
        for (String date : dates) {
            days.add(new CalendarDay(LocalDate.parse(date), DayKind.WORKDAY, name, null, null));
        }
    }
}
