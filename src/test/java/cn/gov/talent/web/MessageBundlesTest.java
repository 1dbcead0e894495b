package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Chinese and English say the same things: no key only in one language, none left empty. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        chinese.forEach((key, value) -> assertThat((String) value).as(key.toString()).isNotBlank());
        english.forEach((key, value) -> assertThat((String) value).as(key.toString()).isNotBlank());
    }

    /** A key written twice is a silent loss: the later value replaces the earlier (a label became an error text once). */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            String text = new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
            Set<String> seen = new HashSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as("keys written twice in " + name).isEmpty();
        }
    }
}
