package eu.sadarbe.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

import eu.sadarbe.shared.Money;

/**
 * The message bundles, with every amount of money and every date in a message written as the reader's language
 * writes them ("1 212 000,00 €" in Latvian, "€1,212,000.00" in English), never as "1212000.00 EUR".
 * <p>
 * A message with arguments is formatted by ICU's {@code MessageFormat}, not the JDK's, so that a count picks the
 * form its language needs with CLDR's plural rules: {@code {0, plural, one {# organisation} other {# organisations}}}
 * in English, and Latvian's {@code zero} (0, 10–20, 30 …), {@code one} (1, 21, 31 … but not 11) and {@code other}.
 * ICU reads the JDK's syntax too ({@code {0}}, {@code {0,number,#}}, {@code ''} for an apostrophe).
 */
class LocalisedMessages extends ResourceBundleMessageSource {

    private final Map<String, Map<Locale, MessageFormat>> formats = new ConcurrentHashMap<>();

    LocalisedMessages() {
        setBasename("messages/messages");
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
        setUseCodeAsDefaultMessage(false);
    }

    @Override
    protected @Nullable String getMessageInternal(@Nullable String code, Object @Nullable [] arguments,
                                                  @Nullable Locale locale) {
        if (code == null || arguments == null || arguments.length == 0) {
            return super.getMessageInternal(code, arguments, locale);
        }
        Locale language = locale != null ? locale : Locale.ENGLISH;
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            return super.getMessageInternal(code, arguments, locale);
        }
        MessageFormat format = formats.computeIfAbsent(pattern, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(language, any -> new MessageFormat(pattern, language));
        Object[] resolved = resolveArguments(arguments, language);
        synchronized (format) {
            try {
                return format.format(resolved);
            } catch (IllegalArgumentException countAsText) {
                // A count handed over as text ("12") is counted as the number it shows.
                return format.format(countsAsNumbers(resolved));
            }
        }
    }

    private static Object[] countsAsNumbers(Object[] arguments) {
        Object[] numbers = arguments.clone();
        for (int index = 0; index < numbers.length; index++) {
            if (numbers[index] instanceof CharSequence text && text.toString().matches("-?\\d{1,18}")) {
                numbers[index] = Long.valueOf(text.toString());
            }
        }
        return numbers;
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
