package cn.gov.talent.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import cn.gov.talent.shared.BusinessTime;

/** Picked up by every {@link IntegrationTest}. */
@TestConfiguration
@Import({DemoUsers.class, TestData.class, ReviewScenario.class, NoticeScenario.class, TalentScenario.class,
        StatementCount.class, LongTermProgram.class, BatchScenario.class})
public class TestSupportConfiguration {

    /** The application's time in tests: {@code -Dtalent.test.now=2027-03-01T23:30:00Z} runs the suite then. */
    @Bean
    @Primary
    TestClock testClock(@Value("${talent.test.now:" + TestClock.DEFAULT_START + "}") String start) {
        return new TestClock(BusinessTime.parseInstant(start.isBlank() ? TestClock.DEFAULT_START : start));
    }
}
