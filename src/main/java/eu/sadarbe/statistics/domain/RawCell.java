package eu.sadarbe.statistics.domain;

import org.jspecify.annotations.Nullable;

/** One cell as the database sums it: a call year, round, agency, action type, field and applicant country. */
record RawCell(int callYear, int round, String agency, String actionType, @Nullable String field,
               @Nullable String country, Tally tally) {
}
