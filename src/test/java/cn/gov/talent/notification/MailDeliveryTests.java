package cn.gov.talent.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.PublicBaseUrl;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestClock;
import cn.gov.talent.support.TestData;
import cn.gov.talent.support.TestMailServer;

/**
 * Mail through a real SMTP server in the test JVM (GreenMail): a returned application is mailed to its
 * applicant in their language with a link that opens the application; with the server down the mail
 * waits, is tried again after the backoff, and arrives once when the server is back; a rollback, or a
 * preference that does not ask for it, sends nothing; without a mail sender the mail is held until the
 * administrator resends it. Delivery is called directly: nothing is scheduled or sent after commit in tests.
 */
@IntegrationTest
class MailDeliveryTests {

    @Autowired
    MailDelivery delivery;

    @Autowired
    MailOutbox outbox;

    @Autowired
    Notifications notifications;

    @Autowired
    Applications applications;

    @Autowired
    TestData data;

    @Autowired
    TestMailServer mailServer;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MailRenderer renderer;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationContext context;

    @Autowired
    PublicBaseUrl publicBaseUrl;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    /**
     * The suite's earlier mail (other tests' notifications to demo accounts with an address) is set aside,
     * so that each delivery run here sends only what this test wrote.
     */
    @BeforeEach
    void setAsideEarlierMail() {
        mailServer.start();
        jdbc.update("update mail_message set status = 'HELD' where status = 'PENDING'");
    }

    @AfterEach
    void serverUp() {
        mailServer.start();
    }

    /** An applicant with an address, a mail preference and a language. */
    private UserAccount applicant(String preference, String language) {
        UserAccount applicant = data.newUser("mail", "JXCC", Role.APPLICANT);
        jdbc.update("update app_user set email = ?, mail_preference = ?, preferred_language = ? where id = ?",
                address(applicant), preference, language, applicant.getId());
        return applicant;
    }

    private static String address(UserAccount user) {
        return user.getUsername() + "@example.cn";
    }

    /** Submitted by the applicant, returned by the employer: the applicant is told to revise. */
    private Application submittedAndReturned(UserAccount applicant) {
        Application application = submitted(applicant);
        applications.fire(application.getId(), WorkflowEvent.RETURN, data.actor("employer02"), "请补充材料",
                TransitionFacts.NONE);
        return application;
    }

    private Application submitted(UserAccount applicant) {
        Actor actor = Actor.of(data.currentUser(applicant));
        Application application = applications.createDraft(actor, applicant.getFullName(), data.batchId("BQW"),
                data.categoryId("BQW", "PROV"), "江西铜业集团");
        applications.fire(application.getId(), WorkflowEvent.SUBMIT, actor, null, TransitionFacts.ALL_MET);
        return application;
    }

    private Map<String, Object> mailRowOf(UserAccount user) {
        return jdbc.queryForMap("select * from mail_message where recipient_user_id = ?", user.getId());
    }

    private long mailRowsOf(UserAccount user) {
        return jdbc.queryForObject("select count(*) from mail_message where recipient_user_id = ?", Long.class,
                user.getId());
    }

    @Test
    void aReturnedApplicationIsMailedToTheApplicantInTheirLanguageWithALinkThatOpensIt() throws Exception {
        UserAccount applicant = applicant("ALL", "en");
        Application application = submittedAndReturned(applicant);
        assertThat(mailRowOf(applicant)).containsEntry("status", "PENDING").containsEntry("locale", "en")
                .containsEntry("message_key", "notification.applicant.RETURNED");

        delivery.deliverDue();

        List<MimeMessage> received = mailServer.receivedBy(address(applicant));
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("[Talent Program Administration] Your application "
                + application.getSerialNo() + " was returned for revision: see the reason, revise and resubmit");
        String link = publicBaseUrl.resolve("/applications/" + application.getId());
        List<String> parts = TestMailServer.texts(mail);
        assertThat(parts).hasSize(2).allSatisfy(text -> assertThat(text).contains(link)
                .contains("Sign in, read why the application was returned"));
        assertThat(parts).anySatisfy(text -> assertThat(text).contains("<a href=\"" + link + "\""));
        // the link opens the application for its applicant
        assertThat(mvc.perform(get(URI.create(link).getPath()).with(users.as(applicant.getUsername())))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        Map<String, Object> row = mailRowOf(applicant);
        assertThat(row).containsEntry("status", "SENT").containsEntry("attempts", 1);
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(row.get("notification_id")).isNotNull();

        delivery.deliverDue();
        assertThat(mailServer.receivedBy(address(applicant))).as("sent once").hasSize(1);
    }

    @Test
    void whileTheServerIsDownTheMailWaitsAndArrivesOnceWhenItIsBack() throws Exception {
        UserAccount applicant = applicant("ALL", "zh-CN");
        mailServer.stop();
        Application application = submittedAndReturned(applicant);
        Instant firstTry = clock.instant();

        delivery.deliverDue();

        Map<String, Object> failed = mailRowOf(applicant);
        assertThat(failed).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) failed.get("last_error")).isNotBlank();
        Instant next = ((java.sql.Timestamp) failed.get("next_attempt_at")).toInstant();
        assertThat(next).isBetween(firstTry.plus(Duration.ofMinutes(1)),
                clock.instant().plus(Duration.ofMinutes(1)));

        delivery.deliverDue();
        assertThat(mailRowOf(applicant)).as("not due before the backoff").containsEntry("attempts", 1);

        mailServer.start();
        delivery.deliverDue();
        assertThat(mailServer.receivedBy(address(applicant))).as("still waiting for its next attempt").isEmpty();

        clock.advance(Duration.ofSeconds(61));
        delivery.deliverDue();
        delivery.deliverDue();

        List<MimeMessage> received = mailServer.receivedBy(address(applicant));
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("【人才工程管理系统】您的申报 " + application.getSerialNo()
                + " 已被退回修改，请查看原因并修改后重新提交");
        assertThat(mailRowOf(applicant)).containsEntry("status", "SENT").containsEntry("attempts", 2)
                .containsEntry("last_error", null);
    }

    @Test
    void aMailThatKeepsFailingIsGivenUpAfterTheLastTryAndTheAdministratorPutsItBack() {
        var twoTries = new MailDelivery(jdbc, transactionManager, context.getBeanProvider(JavaMailSender.class),
                renderer, messages, clock, 20, 2, Duration.ofMinutes(1), Duration.ofHours(6), "noreply@localhost",
                false);
        UserAccount applicant = applicant("ALL", "zh-CN");
        mailServer.stop();
        submittedAndReturned(applicant);

        twoTries.deliverDue();
        clock.advance(Duration.ofMinutes(2));
        twoTries.deliverDue();

        Map<String, Object> failed = mailRowOf(applicant);
        assertThat(failed).containsEntry("status", "FAILED").containsEntry("attempts", 2);
        assertThat((String) failed.get("last_error")).isNotBlank();

        mailServer.start();
        long id = ((Number) failed.get("id")).longValue();
        outbox.resend(id, data.actor("admin"));
        assertThat(mailRowOf(applicant)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where subject_type = 'MAIL' "
                + "and subject_id = ? and action = 'RESEND_MAIL'", Long.class, id)).isEqualTo(1);

        delivery.deliverDue();
        assertThat(mailServer.receivedBy(address(applicant))).hasSize(1);
        assertThat(mailRowOf(applicant)).containsEntry("status", "SENT");
    }

    @Test
    void aRollbackWritesAndSendsNothing() {
        UserAccount applicant = applicant("ALL", "zh-CN");
        Application application = submitted(applicant);
        transaction.executeWithoutResult(status -> {
            applications.fire(application.getId(), WorkflowEvent.RETURN, data.actor("employer02"), "请补充材料",
                    TransitionFacts.NONE);
            notifications.send(List.of(applicant.getId()), "notification.applicant.RETURNED",
                    application.getSerialNo(), "/applications/" + application.getId());
            status.setRollbackOnly();
        });

        delivery.deliverDue();

        assertThat(mailRowsOf(applicant)).isZero();
        assertThat(mailServer.receivedBy(address(applicant))).isEmpty();
        assertThat(data.status(application.getId())).isEqualTo("SUBMITTED");
    }

    @Test
    void noMailForWhoeverChoseNoneAndOnlyWhatAsksForActionForWhoeverChoseThat() {
        UserAccount none = applicant("NONE", "zh-CN");
        submittedAndReturned(none);
        UserAccount actionOnly = applicant("ACTION_NEEDED", "zh-CN");
        submittedAndReturned(actionOnly);
        transaction.executeWithoutResult(status -> notifications.send(List.of(none.getId(), actionOnly.getId()),
                "notification.applicant.ENDORSED", "INFO-1", "/applications"));

        delivery.deliverDue();

        assertThat(mailRowsOf(none)).isZero();
        assertThat(mailServer.receivedBy(address(none))).isEmpty();
        assertThat(jdbc.queryForList("select message_key from mail_message where recipient_user_id = ?",
                String.class, actionOnly.getId())).containsExactly("notification.applicant.RETURNED");
        assertThat(mailServer.receivedBy(address(actionOnly))).hasSize(1);
        // the in-app messages are all there, whatever the mail preference
        assertThat(notifications.unread(none.getId())).isEqualTo(2);
        assertThat(notifications.unread(actionOnly.getId())).isEqualTo(2);
    }

    @Test
    void withoutAMailSenderTheMailIsHeldUntilTheAdministratorSendsItAgain() {
        var noSmtp = new MailDelivery(jdbc, transactionManager,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), renderer, messages, clock, 20,
                10, Duration.ofMinutes(1), Duration.ofHours(6), "noreply@localhost", false);
        UserAccount applicant = applicant("ALL", "zh-CN");
        submittedAndReturned(applicant);

        assertThat(noSmtp.deliverDue()).isZero();

        Map<String, Object> held = mailRowOf(applicant);
        assertThat(held).containsEntry("status", "HELD").containsEntry("attempts", 0);
        delivery.deliverDue();
        assertThat(mailServer.receivedBy(address(applicant))).as("held mail is not sent by itself").isEmpty();

        outbox.resend(((Number) held.get("id")).longValue(), data.actor("admin"));
        delivery.deliverDue();
        assertThat(mailServer.receivedBy(address(applicant))).hasSize(1);
        assertThat(mailRowOf(applicant)).containsEntry("status", "SENT");
    }

    @Test
    void theBackoffDoublesUpToItsMaximum() {
        var backoff = new MailDelivery(jdbc, transactionManager,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), renderer, messages, clock, 20,
                10, Duration.ofMinutes(1), Duration.ofMinutes(10), "noreply@localhost", false);
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.delayAfter(60)).isEqualTo(Duration.ofMinutes(10));
    }
}
