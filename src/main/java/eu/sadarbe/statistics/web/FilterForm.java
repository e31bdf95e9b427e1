package eu.sadarbe.statistics.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import eu.sadarbe.calls.CallYears;
import eu.sadarbe.statistics.domain.StatisticsFilter;

/**
 * The filters as typed in the address or chosen in the form, read leniently (blank is "all", letters in any case)
 * and checked: a value that cannot be a call year, round, agency code, action type, field or country code gives a
 * message key per parameter, and the statistics are shown without that filter.
 */
public record FilterForm(@Nullable String callYear, @Nullable String round, @Nullable String agency,
                  @Nullable String actionType, @Nullable String field, @Nullable String country) {

    static final Set<String> FIELDS = Set.of("SCHOOL_EDUCATION", "VOCATIONAL_EDUCATION_AND_TRAINING",
            "HIGHER_EDUCATION", "ADULT_EDUCATION", "YOUTH");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ROUND = Pattern.compile("[1-9]");
    private static final Pattern AGENCY = Pattern.compile("[A-Z]{2}[0-9]{2}");
    private static final Pattern ACTION_TYPE = Pattern.compile("KA2[0-9]{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** The filter and, per parameter that could not be read, the key of its message. */
    record Checked(StatisticsFilter filter, Map<String, String> errors) {
    }

    Checked check() {
        Map<String, String> errors = new LinkedHashMap<>();
        String year = read(callYear, YEAR, "callYear", errors);
        Integer yearValue = year == null ? null : Integer.valueOf(year);
        if (yearValue != null && !CallYears.isKnown(yearValue)) {
            errors.put("callYear", "statistics.error.callYear");
            yearValue = null;
        }
        String roundValue = read(round, ROUND, "round", errors);
        String fieldValue = blank(field) ? null : field.trim().toUpperCase(Locale.ROOT);
        if (fieldValue != null && !FIELDS.contains(fieldValue)) {
            errors.put("field", "statistics.error.field");
            fieldValue = null;
        }
        return new Checked(new StatisticsFilter(yearValue, roundValue == null ? null : Integer.valueOf(roundValue),
                read(agency, AGENCY, "agency", errors), read(actionType, ACTION_TYPE, "actionType", errors), fieldValue,
                read(country, COUNTRY, "country", errors)), errors);
    }

    /** The query string of the same filters (for the CSV link), without the empty ones. */
    String query(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "callYear", callYear);
        add(uri, "round", round);
        add(uri, "agency", agency);
        add(uri, "actionType", actionType);
        add(uri, "field", field);
        add(uri, "country", country);
        return uri.encode().build().toUriString();
    }

    public boolean isEmpty() {
        return blank(callYear) && blank(round) && blank(agency) && blank(actionType) && blank(field) && blank(country);
    }

    private static void add(UriComponentsBuilder uri, String name, @Nullable String value) {
        if (!blank(value)) {
            uri.queryParam(name, value.trim());
        }
    }

    private static @Nullable String read(@Nullable String typed, Pattern pattern, String name,
                                         Map<String, String> errors) {
        if (blank(typed)) {
            return null;
        }
        String value = typed.trim().toUpperCase(Locale.ROOT);
        if (!pattern.matcher(value).matches()) {
            errors.put(name, "statistics.error." + name);
            return null;
        }
        return value;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
