package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.notification.MailDelivery;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.NoticeScenario;
import cn.gov.talent.support.TestData;
import cn.gov.talent.support.TestMailServer;

/**
 * A real-name filer who gave an e-mail address is mailed the receipt when filing and the decision when the
 * office decides, in the language they filed in; one who gave a telephone number, or filed anonymously, is not.
 */
@IntegrationTest
class ObjectionMailTests {

    @Autowired
    Objections objections;

    @Autowired
    Notices notices;

    @Autowired
    NoticeScenario scenario;

    @Autowired
    TestData data;

    @Autowired
    MailDelivery delivery;

    @Autowired
    TestMailServer mailServer;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setAsideEarlierMail() {
        mailServer.start();
        // only this test's mail is sent by its delivery runs
        jdbc.update("update mail_message set status = 'HELD' where status = 'PENDING'");
    }

    @AfterEach
    void defaultLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private String file(long noticeId, long applicationId, String contact, Locale language) {
        LocaleContextHolder.setLocale(language);
        var form = new ObjectionForm();
        form.setApplicationId(applicationId);
        form.setName("李四");
        form.setContact(contact);
        form.setContent("反映其论文存在一稿多投问题，请核实。");
        String receipt = objections.file(noticeId, form, List.of(), "10.99.0." + (System.nanoTime() % 200 + 1));
        LocaleContextHolder.resetLocaleContext();
        return receipt;
    }

    @Test
    void theFilerIsMailedTheReceiptAndTheDecisionInTheLanguageTheyFiledIn() {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", 1);
        long applicationId = inNotice.batch().applicationIds().get(0);
        String address = "filer" + System.nanoTime() + "@example.cn";
        String receipt = file(inNotice.noticeId(), applicationId, address, Locale.ENGLISH);

        delivery.deliverDue();

        List<MimeMessage> received = mailServer.receivedBy(address);
        assertThat(received).hasSize(1);
        assertThat(TestMailServer.texts(received.get(0))).hasSize(2).allSatisfy(text -> assertThat(text)
                .contains("Receipt: " + receipt).contains("/public/objections/status?code=" + receipt));
        assertThat(jdbc.queryForObject("select recipient_user_id from mail_message where to_address = ?", Long.class,
                address)).as("no account behind it").isNull();

        long objection = objections.byReceipt(receipt).orElseThrow().getId();
        Actor office = data.actor("office");
        objections.triage(objection, true, "请调查核实", notices.today().plusDays(5), office);
        objections.fileFindings(objection, "经调查核实，反映问题不属实。", List.of(), data.actor("recommender"));
        objections.decide(objection, false, "反映问题不属实。", office);

        delivery.deliverDue();

        received = mailServer.receivedBy(address);
        assertThat(received).hasSize(2);
        assertThat(TestMailServer.texts(received.get(1))).allSatisfy(text -> assertThat(text)
                .contains("Your objection (receipt " + receipt + ") is closed: the investigation found it unfounded."));
    }

    @Test
    void aFilerWhoGaveATelephoneNumberGetsNoMail() {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", 1);
        String receipt = file(inNotice.noticeId(), inNotice.batch().applicationIds().get(0), "13900002222",
                Locale.SIMPLIFIED_CHINESE);
        long objection = objections.byReceipt(receipt).orElseThrow().getId();
        assertThat(jdbc.queryForObject("select count(*) from mail_message where message_key like 'mail.objection.%' "
                + "and subject_label = ?", Long.class, receipt)).isZero();
        assertThat(objections.objection(objection).getFilerLanguage()).isEqualTo("zh-CN");
    }
}
