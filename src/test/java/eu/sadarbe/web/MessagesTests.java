package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesTests {

    @Test
    void everyVisibleStringExistsInEnglishAndLatvian() throws IOException {
        Properties english = load("messages/messages_en.properties");
        Properties latvian = load("messages/messages_lv.properties");
        assertThat(latvian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        english.forEach((key, text) -> assertThat(text.toString()).as(key.toString()).isNotBlank());
        latvian.forEach((key, text) -> assertThat(text.toString()).as(key.toString()).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
