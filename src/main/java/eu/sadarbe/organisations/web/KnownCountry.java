package eu.sadarbe.organisations.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A country code of the programme's reference data (R-CTRY-01): a Programme or Partner Country. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCountryValidator.class)
@interface KnownCountry {

    String message() default "{organisation.error.country}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
