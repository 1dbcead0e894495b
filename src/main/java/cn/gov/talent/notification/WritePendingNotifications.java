package cn.gov.talent.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Writes the transaction's pending messages ({@link PendingNotifications}) right before the
 * transaction manager commits: after every before-commit callback, so a message one of them sends
 * is written too. Spring Boot adds the listener to the transaction manager.
 */
@Component
class WritePendingNotifications implements TransactionExecutionListener {

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        PendingNotifications.writeCurrent();
    }
}
