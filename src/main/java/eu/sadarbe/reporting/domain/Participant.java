package eu.sadarbe.reporting.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.document.ParticipantKind;

/**
 * One person of a learning, teaching or training activity (R-FIN-07, R-FIN-08). The name is kept for the agency
 * only (never public, anonymised when the records' retention ends); {@code organisation} is the sending
 * organisation's identifier, {@code countryOfOrigin} an ISO 3166 code; {@code days} are the days of individual
 * support; {@code distanceKm} is the one-way distance of the actual trip from the distance calculator, from
 * {@code fromPlace} (a place reference of the places module) to the activity's venue.
 */
public record Participant(String id, String name, String organisation, String countryOfOrigin,
                          ParticipantKind kind, LocalDate start, LocalDate end, int days,
                          @Nullable String fromPlace, int distanceKm, boolean specialNeeds) {
}
