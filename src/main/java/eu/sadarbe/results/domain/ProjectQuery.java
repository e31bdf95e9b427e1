package eu.sadarbe.results.domain;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.results.ProjectStatus;

/** A search of the funded projects: words (title, summary, organisation name or city) and filters, 1-based page. */
public record ProjectQuery(@Nullable String words, @Nullable String actionType, @Nullable String field,
                           @Nullable String country, @Nullable String priority, @Nullable Integer callYear,
                           @Nullable String agency, @Nullable ProjectStatus status, int page) {
}
