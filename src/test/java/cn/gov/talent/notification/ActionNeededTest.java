package cn.gov.talent.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The registry of messages that ask for action names real messages, and the rule reads as documented. */
class ActionNeededTest {

    @Test
    void everyKeyListedIsAMessage() throws IOException {
        var messages = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource("messages.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        assertThat(ActionNeeded.KEYS).allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    @Test
    void theNextActorRemindersAndListedKeysAskForActionTheRestInforms() {
        assertThat(ActionNeeded.test("notification.waiting.SUBMITTED")).isTrue();
        assertThat(ActionNeeded.test("notification.applicant.RETURNED")).isTrue();
        assertThat(ActionNeeded.test("notification.reminder.employerDeadline")).isTrue();
        assertThat(ActionNeeded.test("notification.escalation.employerDeadline")).isTrue();
        assertThat(ActionNeeded.test("notification.applicant.ENDORSED")).isFalse();
        assertThat(ActionNeeded.test("notification.applicant.SELECTED")).isFalse();
        assertThat(ActionNeeded.test("notification.objection.decided.UPHELD")).isFalse();
    }
}
