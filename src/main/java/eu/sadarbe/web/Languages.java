package eu.sadarbe.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The languages Sadarbe speaks. English is the default; Latvian is first-class. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale LATVIAN = Locale.forLanguageTag("lv");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, LATVIAN);

    private Languages() {
    }

    /** The supported language of this tag ("lv", "lv-LV", "en-GB"), or null when unsupported. */
    public static @Nullable Locale parse(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst().orElse(null);
    }
}
