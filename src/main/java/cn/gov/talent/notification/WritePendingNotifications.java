package cn.gov.talent.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Writes what is still pending right before the transaction manager commits: after every
 * before-commit callback has run, so a message sent by one of them (too late for
 * {@link PendingNotifications#beforeCommit}) is written too. Spring Boot adds the listener to the
 * transaction manager.
 */
@Component
class WritePendingNotifications implements TransactionExecutionListener {

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        PendingNotifications.writeCurrent();
    }
}
