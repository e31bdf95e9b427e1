package eu.sadarbe.calls.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.calls.Participation;

/** R-CTRY-01: a country's participation and day-rate group in one call year, and why it changes. */
record CountryCorrectionForm(
        @NotNull(message = "{countryCorrection.participation.required}") @Nullable Participation participation,
        @NotBlank(message = "{countryCorrection.rateGroup.required}") @Nullable String rateGroup,
        @NotBlank(message = "{correction.reason.required}")
        @Size(max = 1000, message = "{correction.reason.long}") @Nullable String reason) {
}
