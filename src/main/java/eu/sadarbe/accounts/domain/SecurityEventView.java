package eu.sadarbe.accounts.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.SecurityEventKind;

/** One security event as the administrators' page lists it. */
public record SecurityEventView(Instant occurredAt, SecurityEventKind kind, @Nullable String email,
                                @Nullable String address, String detail) {
}
