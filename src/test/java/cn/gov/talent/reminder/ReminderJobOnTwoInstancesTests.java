package cn.gov.talent.reminder;

import static cn.gov.talent.application.ApplicationStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.TalentApplication;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.shared.BusinessTime;
import cn.gov.talent.support.BatchScenario;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestClock;
import cn.gov.talent.support.SecondInstance;

/**
 * Two instances of the application on one database: the suite's context and a second one started beside it on
 * the same embedded PostgreSQL (every context of the JVM shares it), each calling the locked daily job at the
 * same moment. ShedLock lets one of them run it; the other skips (an empty result), and so does a call made
 * again within the lock's minimum time. The employer of a batch due in three working days is reminded once.
 */
@IntegrationTest
class ReminderJobOnTwoInstancesTests {

    @Autowired
    ReminderJob job;

    @Autowired
    BatchScenario scenario;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLockedJobCalledOnTwoContextsAtOnceRunsOnce() throws Exception {
        // Tuesday 29 September 2026: three working days (over 国庆) before Friday 9 October
        RemindersIntegrationTests.nationalDay2026(jdbc);
        clock.setTo(LocalDate.of(2026, 9, 29).atTime(9, 0).atZone(BusinessTime.ZONE).toInstant());
        BatchScenario.Fresh batch = scenario.batch(BatchStage.OPEN);
        scenario.timetable(batch, LocalDate.of(2026, 10, 9), null, null, null);
        scenario.applications(batch, SUBMITTED, 1);
        // as if the lock's last holder had released it long ago (another test may have run the job a moment before)
        jdbc.update("delete from shedlock where name = ?", ReminderJob.LOCK);

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(TalentApplication.class,
                SecondInstance.class)
                .properties("server.port=0",
                        // the suite's context is running: the second one leaves its event publications alone
                        "spring.modulith.events.republish-outstanding-events-on-restart=false",
                        "spring.main.banner-mode=off")
                // an argument, not a default property: the suite's -Dtalent.test.now would win over a default
                .run("--talent.test.now=" + clock.instant())) {
            ReminderJob other = second.getBean(ReminderJob.class);
            assertThat(other).isNotSameAs(job);
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<Optional<ReminderRun>> here = threads.submit(atOnce(together, job));
                Future<Optional<ReminderRun>> there = threads.submit(atOnce(together, other));
                List<Optional<ReminderRun>> runs = List.of(here.get(5, TimeUnit.MINUTES),
                        there.get(5, TimeUnit.MINUTES));

                assertThat(runs).filteredOn(Optional::isPresent).as("one instance runs the job").hasSize(1);
                assertThat(runs).filteredOn(Optional::isEmpty).as("the other skips it").hasSize(1);
            } finally {
                threads.shutdownNow();
            }
            // within the lock's minimum time (a minute), neither runs it again
            assertThat(job.daily()).isEmpty();
            assertThat(other.daily()).isEmpty();
        }

        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Long.class, ReminderJob.LOCK))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = 'employer' and n.message_key = 'notification.reminder.employerDeadline.remind'
                  and n.subject_label like ?""", Long.class, batch.title() + " · %")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from reminder_sent where subject like ? and stage = 'BEFORE_3'",
                Long.class, "batch:" + batch.batchId() + ":%")).isPositive();
    }

    private static Callable<Optional<ReminderRun>> atOnce(CyclicBarrier together, ReminderJob job) {
        return () -> {
            together.await(1, TimeUnit.MINUTES);
            return job.daily();
        };
    }
}
