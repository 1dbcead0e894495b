package cn.gov.talent.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run of the reminders: every morning (by default 08:30 China Standard Time; {@code
 * talent.reminders.cron} and {@code talent.reminders.zone}) on the application clock's date. Locked by ShedLock
 * (ADR 0034): of the instances sharing the database one runs it, and the lock holds for a minute at least
 * ({@code talent.reminders.lock-at-least-for}) so an instance whose trigger fires a little later skips it too.
 * The lock is on the method, so a direct call (a test, from two application contexts) takes it as well.
 */
@Component
@EnableConfigurationProperties(ReminderProperties.class)
public class ReminderJob {

    /** The lock's name: one row of the {@code shedlock} table. */
    public static final String LOCK = "reminders";

    private final Reminders reminders;
    private final Clock clock;

    ReminderJob(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Runs the rules on today's date; empty when another run (another instance) holds the lock. */
    @Scheduled(cron = "${talent.reminders.cron:0 30 8 * * *}", zone = "${talent.reminders.zone:Asia/Shanghai}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "${talent.reminders.lock-at-most-for:PT30M}",
            lockAtLeastFor = "${talent.reminders.lock-at-least-for:PT1M}")
    public Optional<ReminderRun> daily() {
        return Optional.of(reminders.runOn(LocalDate.now(clock)));
    }
}
