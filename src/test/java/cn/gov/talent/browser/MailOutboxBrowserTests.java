package cn.gov.talent.browser;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.support.TestClock;

/**
 * The administrator opens the mail outbox from the menu, finds a mail that failed with its error, and
 * sends it again: it is back in the queue, waiting.
 */
class MailOutboxBrowserTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Test
    void theAdministratorSeesAFailedMailAndSendsItAgain() {
        long id = jdbc.queryForObject("""
                insert into mail_message (to_address, locale, message_key, subject_label, link, status, attempts,
                    next_attempt_at, last_error, created_at)
                values ('outbox-browser@example.cn', 'zh-CN', 'notification.applicant.RETURNED', 'SB-OUTBOX-1',
                    '/applications/1', 'FAILED', 10, ?, 'MailSendException: Mail server connection failed', ?)
                returning id
                """, Long.class, clock.instant().atOffset(ZoneOffset.UTC), clock.instant().atOffset(ZoneOffset.UTC));

        signIn("admin");
        click("a[href='/admin/mail']");
        expectText("h1", "邮件发件箱");
        new Select(find("#status")).selectByValue("FAILED");
        click("#mail-filter");
        expectText("[data-testid=mail-list] tr[data-mail-id='" + id + "']", "outbox-browser@example.cn",
                "您的申报 SB-OUTBOX-1 已被退回修改", "发送失败", "Mail server connection failed");

        click("#resend-" + id);
        expectText("[role=status]", "邮件已重新放入发送队列");

        open("/admin/mail?status=PENDING");
        expectText("[data-testid=mail-list] tr[data-mail-id='" + id + "']", "outbox-browser@example.cn", "待发送");
    }
}
