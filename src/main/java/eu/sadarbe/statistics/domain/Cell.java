package eu.sadarbe.statistics.domain;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one cell of the downloadable table: a call year, round, agency, action type and applicant country.
 * The country is empty while the submission is not registered yet.
 */
public record Cell(int callYear, int round, String agency, String actionType, @Nullable String field,
                   @Nullable String country, Figures figures) {
}
