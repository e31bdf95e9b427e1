package eu.sadarbe.organisations.web;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.ReferenceData;

/** Checks a country code against the countries of the latest call year, which include every earlier one. */
class KnownCountryValidator implements ConstraintValidator<KnownCountry, String> {

    private final ReferenceData reference;

    KnownCountryValidator(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;   // @NotBlank says that it is missing
        }
        Set<String> codes = reference.countries(CallYears.LAST).stream()
                .map(country -> country.code().value()).collect(Collectors.toSet());
        return codes.contains(value.trim().toUpperCase(Locale.ROOT));
    }
}
