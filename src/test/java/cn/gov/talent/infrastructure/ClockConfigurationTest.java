package cn.gov.talent.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import cn.gov.talent.shared.BusinessTime;

/** The application's clock: China Standard Time, optionally started at another instant, never so under prod. */
class ClockConfigurationTest {

    private final ClockConfiguration configuration = new ClockConfiguration();

    @Test
    void runsInChinaStandardTime() {
        assertThat(configuration.clock("", new MockEnvironment()).getZone()).isEqualTo(BusinessTime.ZONE);
    }

    @Test
    void startsAtTheGivenInstantAndRunsOn() {
        Clock clock = configuration.clock("2028-03-10", new MockEnvironment());
        Instant nine = Instant.parse("2028-03-10T01:00:00Z");
        assertThat(Duration.between(nine, clock.instant())).isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(Duration.ofMinutes(1));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2028, 3, 10));
    }

    @Test
    void isRefusedUnderProd() {
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> configuration.clock("2028-03-10", prod)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("talent.clock.start");
        assertThat(configuration.clock(" ", prod).getZone()).isEqualTo(BusinessTime.ZONE);
    }

    @Test
    void readsADateADateTimeInShanghaiOrAnInstant() {
        assertThat(BusinessTime.parseInstant("2028-03-10")).isEqualTo(Instant.parse("2028-03-10T01:00:00Z"));
        assertThat(BusinessTime.parseInstant("2028-03-10T14:30")).isEqualTo(Instant.parse("2028-03-10T06:30:00Z"));
        assertThat(BusinessTime.parseInstant(" 2027-12-31T23:30:00Z ")).isEqualTo(Instant.parse("2027-12-31T23:30:00Z"));
        assertThat(BusinessTime.parseInstant("2028-02-29T03:00:00+08:00")).isEqualTo(Instant.parse("2028-02-28T19:00:00Z"));
        assertThatThrownBy(() -> BusinessTime.parseInstant("next Tuesday")).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("2028-03-10");
    }
}
