package eu.sadarbe.accounts.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.SecurityEventKind;

/**
 * Which security events an administrator looks for: of one kind, about a person (part of an e-mail address, in the
 * event's own or in its detail), from an address (or the start of one), between two days in Brussels time.
 */
public record SecurityEventFilter(@Nullable SecurityEventKind kind, @Nullable String person, @Nullable String address,
                                  @Nullable LocalDate from, @Nullable LocalDate to) {

    public static SecurityEventFilter none() {
        return new SecurityEventFilter(null, null, null, null, null);
    }
}
