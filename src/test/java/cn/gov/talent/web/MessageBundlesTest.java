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
import java.util.regex.Pattern;

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

    /**
     * A message with arguments goes through MessageFormat, where a single apostrophe starts a quote and is
     * dropped ("this category's {0}" reads "this categorys ..."): there it is written as two.
     */
    @Test
    void anApostropheInAMessageWithArgumentsIsWrittenAsTwo() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern single = Pattern.compile("(?<!')'(?!')");
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            List<String> wrong = new ArrayList<>();
            load(name).forEach((key, value) -> {
                if (argument.matcher((String) value).find() && single.matcher((String) value).find()) {
                    wrong.add(key + "=" + value);
                }
            });
            assertThat(wrong).as("single apostrophes in messages with arguments in " + name).isEmpty();
        }
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
