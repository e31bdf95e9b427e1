package eu.sadarbe.calls.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import eu.sadarbe.calls.CallYears;

/**
 * A new call round: call year, round number, its name in English and in Latvian (both optional), action types and
 * deadline (Brussels time, 12:00 by default).
 */
record RoundForm(
        @NotNull(message = "{round.callYear.required}") @Min(value = CallYears.FIRST, message = "{round.callYear.range}")
        @Max(value = CallYears.LAST, message = "{round.callYear.range}") @Nullable Integer callYear,
        @NotNull(message = "{round.number.required}") @Min(value = 1, message = "{round.number.range}")
        @Max(value = 9, message = "{round.number.range}") @Nullable Integer roundNumber,
        @Size(max = 200, message = "{round.label.long}") @Nullable String label,
        @Size(max = 200, message = "{round.label.long}") @Nullable String labelLv,
        @NotEmpty(message = "{round.actionTypes.required}") @Nullable List<String> actionTypes,
        @NotNull(message = "{round.deadlineDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable LocalDate deadlineDate,
        @NotNull(message = "{round.deadlineTime.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        @Nullable LocalTime deadlineTime) {

    static RoundForm empty() {
        return new RoundForm(CallYears.LAST, 1, "", "", List.of(), null, LocalTime.NOON);
    }
}
