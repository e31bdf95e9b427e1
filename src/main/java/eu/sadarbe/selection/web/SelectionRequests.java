package eu.sadarbe.selection.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import eu.sadarbe.calls.CallYears;
import eu.sadarbe.selection.domain.Outcome;

/** The JSON bodies the selection API takes. */
final class SelectionRequests {

    private SelectionRequests() {
    }

    /**
     * The envelope in euros and how many applications below the cut-off go on the reserve list: by default, and at
     * most, the call year's figures (R-AWD-05; a longer list is refused with 422).
     */
    record EnvelopeRequest(@NotNull BigDecimal amount, @Nullable @Min(0) Integer reserveSize) {
    }

    /** Records the decisions the ranking suggests for one round and action type. */
    record DecisionsRequest(@Min(CallYears.FIRST) @Max(CallYears.LAST) int callYear, @Min(1) int roundNumber,
                            @NotBlank String actionType) {
    }

    /**
     * An individual decision against the ranking; the reason is required, and {@code overEnvelopeReason} too when the
     * selection would go over the envelope.
     */
    record OverrideRequest(@NotNull Outcome outcome, @Nullable BigDecimal grantedAmount, @Nullable String reason,
                           @Nullable String overEnvelopeReason) {
    }
}
