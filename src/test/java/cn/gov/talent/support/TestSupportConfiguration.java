package cn.gov.talent.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Picked up by every {@link IntegrationTest}. */
@TestConfiguration
@Import({DemoUsers.class, TestData.class, ReviewScenario.class, NoticeScenario.class, StatementCount.class})
public class TestSupportConfiguration {
}
