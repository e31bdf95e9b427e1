package eu.sadarbe.web;

import java.util.Locale;

import com.ibm.icu.text.MessageFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Messages whose words follow a count, with each language's plural rules (CLDR, through ICU): Latvian has a form
 * for 1, 21, 31 … and another for 0, 11–19 and the rest ("1 no 17 sadaļām pabeigta", "12 no 17 sadaļām
 * pabeigtas"). The message is written in ICU's syntax: {@code {0, plural, one {…} other {…}}}. Templates call it as
 * {@code @plural.of('key', count, …)}.
 */
@Component("plural")
public class Plurals {

    private final MessageSource messages;

    public Plurals(MessageSource messages) {
        this.messages = messages;
    }

    /** The message {@code key} in the language of the request being answered. */
    public String of(String key, Object... arguments) {
        return in(LocaleContextHolder.getLocale(), key, arguments);
    }

    public String in(Locale locale, String key, Object... arguments) {
        // Without arguments Spring hands over the pattern as written; ICU formats it.
        String pattern = messages.getMessage(key, null, locale);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
