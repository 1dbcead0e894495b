package cn.gov.talent.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
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

    /** The suite's SMTP server (GreenMail), for the tests of mail; stopped with the context. */
    @Bean(destroyMethod = "stop")
    TestMailServer testMailServer() {
        return TestMailServer.started();
    }

    /**
     * The application's mail sender, pointed at the suite's SMTP server instead of {@code spring.mail.host}.
     * Nothing is delivered unless a test asks ({@code talent.mail.deliver-after-commit=false}, no scheduling).
     */
    @Bean
    JavaMailSender javaMailSender(TestMailServer server) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.writetimeout", "5000");
        return sender;
    }
}
