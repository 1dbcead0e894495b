package cn.gov.talent.reminder;

import java.time.LocalDate;
import java.util.Map;

/**
 * What one run of the reminders did on a day: for each rule, how many reminders and escalations it sent (a
 * recipient already reminded of the same stage is not counted again), and how many subjects failed (logged; the
 * next run tries them again).
 */
public record ReminderRun(LocalDate day, Map<ReminderRule, Integer> reminded, Map<ReminderRule, Integer> escalated,
        int failures) {

    public int total() {
        return reminded.values().stream().mapToInt(Integer::intValue).sum()
                + escalated.values().stream().mapToInt(Integer::intValue).sum();
    }
}
