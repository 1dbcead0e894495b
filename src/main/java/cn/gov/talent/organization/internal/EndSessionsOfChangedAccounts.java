package cn.gov.talent.organization.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.gov.talent.organization.AccountChanged;

/**
 * Ends every open session of an account whose roles, unit or enabled flag changed, once the
 * change is committed: a disabled official is signed out at once, and a changed role is read
 * afresh at the next sign-in instead of living on in an old session.
 */
@Component
class EndSessionsOfChangedAccounts {

    private static final Logger log = LoggerFactory.getLogger(EndSessionsOfChangedAccounts.class);

    private final FindByIndexNameSessionRepository<?> sessions;

    EndSessionsOfChangedAccounts(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(AccountChanged change) {
        var open = sessions.findByPrincipalName(change.username()).keySet();
        open.forEach(sessions::deleteById);
        if (!open.isEmpty()) {
            log.info("Ended {} session(s) of {} after a change to the account", open.size(), change.username());
        }
    }
}
