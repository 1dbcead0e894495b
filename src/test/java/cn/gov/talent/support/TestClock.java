package cn.gov.talent.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.gov.talent.shared.BusinessTime;

/**
 * The suite's clock: it starts at {@code talent.test.now} (an awkward instant by default, late evening
 * UTC on 31 December, when Shanghai is already in the next day and year) and runs on from there. A
 * test may set it or move it; {@link ResetTestClock} puts it back on the suite's time before each test.
 */
public final class TestClock extends Clock {

    /** When the suite runs unless {@code -Dtalent.test.now=…} says otherwise. */
    public static final String DEFAULT_START = "2026-12-31T23:30:00Z";

    private final Clock system = Clock.system(BusinessTime.ZONE);
    private final Duration suiteOffset;
    private volatile Duration offset;

    public TestClock(Instant start) {
        this.suiteOffset = Duration.between(system.instant(), start);
        this.offset = suiteOffset;
    }

    @Override
    public ZoneId getZone() {
        return BusinessTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /** The date in China Standard Time. */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    /** Moves the clock to this instant; it runs on from there. */
    public void setTo(Instant at) {
        offset = Duration.between(system.instant(), at);
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Back to the suite's time. */
    public void reset() {
        offset = suiteOffset;
    }
}
