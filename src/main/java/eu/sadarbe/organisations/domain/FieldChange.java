package eu.sadarbe.organisations.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.AccountId;

/** One line of an organisation's history: who changed which field when, from what to what. */
public record FieldChange(@Nullable AccountId changedBy, Instant changedAt, String field,
                          @Nullable String before, @Nullable String after) {
}
