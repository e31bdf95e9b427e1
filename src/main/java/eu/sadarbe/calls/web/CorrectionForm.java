package eu.sadarbe.calls.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.calls.FigureStatus;

/** An administrator's correction of one rule figure, with the reason that goes into the history. */
record CorrectionForm(
        @NotNull(message = "{correction.amount.required}")
        @DecimalMin(value = "0", message = "{correction.amount.negative}")
        @Digits(integer = 10, fraction = 4, message = "{correction.amount.digits}")
        @Nullable BigDecimal amount,
        @NotNull(message = "{correction.status.required}") @Nullable FigureStatus status,
        @NotBlank(message = "{correction.reason.required}")
        @Size(max = 1000, message = "{correction.reason.long}") @Nullable String reason,
        @Nullable Boolean allActionTypes) {

    boolean appliesToAllActionTypes() {
        return Boolean.TRUE.equals(allActionTypes);
    }
}
