package eu.sadarbe.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13, item 17: the rule-figures page showed {@code ??figure.…??} keys; every figure has a label in both languages. */
class RuleFigureLabelsTests {

    @ParameterizedTest
    @ValueSource(strings = {"en", "lv"})
    void everyRuleFigureHasALabel(String language) throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream(
                "/messages/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        for (RuleFigure figure : RuleFigure.values()) {
            assertThat(messages.getProperty("figure." + figure.name())).as(figure.name()).isNotBlank();
        }
    }
}
