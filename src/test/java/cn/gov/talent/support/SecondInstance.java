package cn.gov.talent.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * What a second instance of the application started beside the suite's (on the same embedded PostgreSQL)
 * needs besides the application itself: the test support its component scan finds in the test classes wants
 * the suite's clock ({@code talent.test.now}) and MockMvc. A test configuration, so the suite's own scan
 * leaves it out; a test passes it as a source: {@code new SpringApplicationBuilder(TalentApplication.class,
 * SecondInstance.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@AutoConfigureMockMvc
@Import(TestSupportConfiguration.class)
public class SecondInstance {
}
