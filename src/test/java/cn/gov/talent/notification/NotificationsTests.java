package cn.gov.talent.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/** A transaction's messages are written together, in the order sent, exactly when it commits. */
@IntegrationTest
class NotificationsTests {

    @Autowired
    Notifications notifications;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void manyMessagesAreWrittenInOrderWhenTheTransactionCommitsAndItReadsThemBack() {
        UserAccount user = data.newUser("inbox", "NCU", Role.APPLICANT);
        List<String> labels = IntStream.range(0, 2500).mapToObj(i -> "M-" + i).toList();

        long unreadInside = transaction.execute(status -> {
            labels.forEach(label -> notifications.send(List.of(user.getId(), user.getId()),
                    "notification.applicant.IN_REVIEW", label, "/applications/1"));
            return notifications.unread(user.getId());
        });

        assertThat(unreadInside).isEqualTo(2500);
        assertThat(jdbc.queryForList("select subject_label from notification where recipient_user_id = ? order by id",
                String.class, user.getId())).isEqualTo(labels);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_user_id = ? "
                + "and created_at is not null and link = '/applications/1'", Long.class, user.getId())).isEqualTo(2500);
    }

    @Test
    void aMessageSentWhileTheTransactionCommitsIsWrittenToo() {
        UserAccount user = data.newUser("inbox", "NCU", Role.APPLICANT);
        transaction.executeWithoutResult(status -> TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        // the transaction's first message, sent from another before-commit callback
                        notifications.send(List.of(user.getId()), "notification.applicant.IN_REVIEW", "LATE",
                                "/applications/1");
                    }
                }));
        assertThat(jdbc.queryForList("select subject_label from notification where recipient_user_id = ?",
                String.class, user.getId())).containsExactly("LATE");
    }

    @Test
    void nothingIsWrittenWhenTheTransactionRollsBack() {
        UserAccount user = data.newUser("inbox", "NCU", Role.APPLICANT);
        transaction.executeWithoutResult(status -> {
            IntStream.range(0, 1500).forEach(i -> notifications.send(List.of(user.getId()),
                    "notification.applicant.IN_REVIEW", "R-" + i, "/applications/1"));
            status.setRollbackOnly();
        });
        assertThat(notifications.unread(user.getId())).isZero();
    }
}
