package eu.sadarbe.web;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

import eu.sadarbe.shared.Money;

/**
 * The message bundles, with every amount of money and every date in a message written as the reader's language
 * writes them ("1 212 000,00 €" in Latvian, "€1,212,000.00" in English), never as "1212000.00 EUR".
 */
class LocalisedMessages extends ResourceBundleMessageSource {

    LocalisedMessages() {
        setBasename("messages/messages");
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
        setUseCodeAsDefaultMessage(false);
    }

    @Override
    protected Object[] resolveArguments(Object @Nullable [] arguments, Locale locale) {
        Object[] resolved = super.resolveArguments(arguments, locale);
        for (int index = 0; index < resolved.length; index++) {
            if (resolved[index] instanceof Money money) {
                resolved[index] = Formats.money(money.amount(), locale);
            } else if (resolved[index] instanceof LocalDate date) {
                resolved[index] = Formats.date(date, locale);
            }
        }
        return resolved;
    }
}
