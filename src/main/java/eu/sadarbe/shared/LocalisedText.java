package eu.sadarbe.shared;

import java.util.Locale;

/** A name kept in English and in Latvian, the two first-class languages of Sadarbe. */
public record LocalisedText(String en, String lv) {

    public String in(Locale locale) {
        return "lv".equals(locale.getLanguage()) ? lv : en;
    }
}
