package eu.sadarbe.statistics.domain;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the statistics are narrowed to: a call year, a round, a National Agency, an action type or a whole field,
 * and the applicant's country. Every part is optional; an empty filter covers the whole programme.
 */
public record StatisticsFilter(@Nullable Integer callYear, @Nullable Integer round, @Nullable String agency,
                               @Nullable String actionType, @Nullable String field, @Nullable String country) {

    public static final StatisticsFilter EVERYTHING = new StatisticsFilter(null, null, null, null, null, null);

    /** The SQL condition (fixed column names, values as parameters) and its parameters, in {@code params}. */
    String where(List<Object> params) {
        List<String> conditions = new ArrayList<>();
        add(conditions, params, "call_year", callYear);
        add(conditions, params, "round_number", round);
        add(conditions, params, "national_agency_code", agency);
        add(conditions, params, "action_type", actionType);
        add(conditions, params, "field", field);
        add(conditions, params, "applicant_country", country);
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void add(List<String> conditions, List<Object> params, String column, @Nullable Object value) {
        if (value != null) {
            conditions.add(column + " = ?");
            params.add(value);
        }
    }
}
