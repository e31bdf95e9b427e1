package eu.sadarbe.statistics.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.ReferenceData;

/**
 * The names the statistics show for codes, in the reader's language: National Agencies, action types, fields and
 * countries. An unknown code (a country not in the reference list) is shown as it is.
 */
public final class Labels {

    private final Map<String, String> agencies = new HashMap<>();
    private final Map<String, String> actionTypes = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    private final MessageSource messages;
    private final Locale locale;

    Labels(ReferenceData reference, MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        boolean latvian = "lv".equals(locale.getLanguage());
        reference.nationalAgencies(null, null).forEach(agency ->
                agencies.put(agency.code(), agency.code() + " – " + (latvian ? agency.name() : agency.nameEn())));
        reference.actionTypes(null).forEach(type -> actionTypes.put(type.code(), type.name().in(locale)));
        reference.countries(CallYears.LAST).forEach(country -> countries.put(country.code().value(),
                country.name().in(locale)));
    }

    public String agency(String code) {
        return agencies.getOrDefault(code, code);
    }

    /** "KA201 – Strategic Partnerships for school education". */
    public String actionType(String code) {
        return actionTypes.containsKey(code) ? code + " – " + actionTypes.get(code) : code;
    }

    public String field(String code) {
        return code.isEmpty() ? "" : messages.getMessage("field." + code, null, code, locale);
    }

    /** The country's name, or "not yet known" while the submission is not registered. */
    public String country(String code) {
        if (code.isEmpty()) {
            return messages.getMessage("statistics.countryUnknown", null, locale);
        }
        return countries.getOrDefault(code, code);
    }
}
