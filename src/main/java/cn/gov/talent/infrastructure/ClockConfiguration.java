package cn.gov.talent.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import cn.gov.talent.shared.BusinessTime;

/**
 * The one source of time: every read of the date or the instant goes through this {@link Clock}, in
 * China Standard Time whatever the JVM's zone. {@code talent.clock.start} starts it at another instant
 * (a training environment, a check of the demo in another year); it then runs on from there. The
 * {@code prod} profile refuses that setting.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(@Value("${talent.clock.start:}") String start, Environment environment) {
        Clock system = Clock.system(BusinessTime.ZONE);
        if (start.isBlank()) {
            return system;
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("talent.clock.start is for training and test environments only; "
                    + "the prod profile runs on the real time. Remove the setting (or TALENT_CLOCK_START).");
        }
        Instant at = BusinessTime.parseInstant(start);
        log.warn("The clock starts at {} ({} in {}) instead of the real time (talent.clock.start)", at,
                at.atZone(BusinessTime.ZONE).toLocalDateTime(), BusinessTime.ZONE);
        return Clock.offset(system, Duration.between(system.instant(), at));
    }
}
