package cn.gov.talent.notification;

import cn.gov.talent.shared.Labelled;

/**
 * Where a mail of the outbox stands: waiting to be sent (again, after a failure, from its next attempt),
 * sent, given up after the last try, or held because no SMTP server is configured.
 */
public enum MailStatus implements Labelled {
    PENDING,
    SENT,
    FAILED,
    HELD;

    @Override
    public String messageKey() {
        return "mail.status." + name();
    }
}
