package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import eu.sadarbe.shared.Money;

class FormatsTests {

    final Formats formats = new Formats();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void writesLatvianDatesAndEuros() {
        LocaleContextHolder.setLocale(Languages.LATVIAN);
        assertThat(formats.date(LocalDate.of(2020, 3, 24))).isEqualTo("24.03.2020");
        assertThat(formats.money(new BigDecimal("1234.56"))).isEqualTo("1\u00a0234,56\u00a0€");
        assertThat(formats.money(Money.euros(450_000))).isEqualTo("450\u00a0000,00\u00a0€");
    }

    @Test
    void writesEnglishDatesAndEuros() {
        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(formats.date(LocalDate.of(2020, 3, 24))).isEqualTo("24 March 2020");
        assertThat(formats.money(new BigDecimal("1234.56"))).isEqualTo("€1,234.56");
    }

    @Test
    void showsDeadlinesInBrusselsTimeAcrossDaylightSaving() {
        LocaleContextHolder.setLocale(Languages.LATVIAN);
        assertThat(formats.brusselsTime(Instant.parse("2020-03-24T11:00:00Z"))).isEqualTo("24.03.2020 12:00:00");
        assertThat(formats.brusselsTime(Instant.parse("2020-04-23T10:00:00Z"))).isEqualTo("23.04.2020 12:00:00");
    }
}
