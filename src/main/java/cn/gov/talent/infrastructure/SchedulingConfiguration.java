package cn.gov.talent.infrastructure;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work that runs once per occurrence however many instances share the database (ADR 0034). Every
 * method annotated with {@code @SchedulerLock} takes a lock row in the {@code shedlock} table before it runs,
 * and an instance that finds it taken skips that run. The lock is on the method itself (ShedLock's
 * {@link EnableSchedulerLock.InterceptMode#PROXY_METHOD}), so it holds whoever calls it: the scheduler, or a
 * test calling the job from two application contexts. Lock times are the database's, not the instances'
 * clocks. The jobs themselves read the date from the application's {@link java.time.Clock}.
 *
 * <p>The scheduler runs only with {@code talent.scheduling.enabled} (true unless set otherwise; the tests set
 * it false and run the jobs themselves). The locks apply either way.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_METHOD, defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    /** The lock rows, with {@code lock_until} and {@code locked_at} in the database's time (UTC). */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }

    /** Turns the scheduler on: {@code talent.scheduling.enabled=false} leaves every {@code @Scheduled} idle. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "talent.scheduling.enabled", matchIfMissing = true)
    @EnableScheduling
    static class Enabled {
    }
}
