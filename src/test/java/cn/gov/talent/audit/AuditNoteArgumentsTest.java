package cn.gov.talent.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import cn.gov.talent.shared.Actor;

/**
 * A note's arguments are text unless the application marked them as labels: free text that starts with
 * "#" (a redraw reason, a category name, a batch title) is shown as typed; older lines' "#key" arguments
 * are still named when every part is a message key.
 */
class AuditNoteArgumentsTest {

    private final AuditLabels labels = new AuditLabels(messages());

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static AuditRecord line(String key, Object... arguments) {
        AuditEntry entry = AuditEntry.of(Actor.system("test"), "USER", 1L, "someone", "CREATE_USER")
                .withNote(key, arguments);
        return new AuditRecord(entry, null, null, Instant.EPOCH);
    }

    @Test
    void labelsAreNamedInTheReadersLanguage() {
        AuditRecord line = line("audit.note.roles", AuditEntry.labels("role.OFFICE", "role.EXPERT"));
        assertThat(labels.note(line, Locale.SIMPLIFIED_CHINESE)).isEqualTo("角色：工程办公室、评审专家");
        assertThat(labels.note(line, Locale.ENGLISH)).startsWith("Roles: ").doesNotContain("role.");
    }

    @Test
    void freeTextStartingWithAHashIsShownAsTyped() {
        assertThat(labels.note(line("audit.note.category", "C1", "#1 优先类别"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("类别代码 C1：#1 优先类别");
        assertThat(labels.note(line("audit.note.category", "C2", "#role.OFFICE,其他"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("类别代码 C2：#role.OFFICE,其他");
    }

    @Test
    void namesAreShownAsWrittenAndJoinedInTheReadersLanguage() {
        AuditRecord line = line("yearend.audit.reminded", 3,
                AuditEntry.names(java.util.List.of("南昌市人社局", "Jiangxi, Inc.", "role.OFFICE")));
        assertThat(labels.note(line, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("提醒了 3 个单位：南昌市人社局、Jiangxi, Inc.、role.OFFICE");
        assertThat(labels.note(line, Locale.ENGLISH)).isEqualTo("3 units reminded: 南昌市人社局, Jiangxi, Inc., role.OFFICE");
    }

    @Test
    void olderLinesLabelsAreStillNamed() {
        assertThat(labels.note(line("audit.note.roles", "#role.OFFICE,role.EXPERT"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("角色：工程办公室、评审专家");
    }
}
