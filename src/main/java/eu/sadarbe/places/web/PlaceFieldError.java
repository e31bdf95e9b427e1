package eu.sadarbe.places.web;

import org.jspecify.annotations.Nullable;

/** A message for one field of the distance calculator form, with the typed text it may quote. */
public record PlaceFieldError(String messageKey, @Nullable String argument) {
}
