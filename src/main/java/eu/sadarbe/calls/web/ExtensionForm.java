package eu.sadarbe.calls.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** R-SUB-03: the new deadline of a whole round and why it moved, in English and (optionally) in Latvian. */
record ExtensionForm(
        @NotNull(message = "{round.deadlineDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable LocalDate deadlineDate,
        @NotNull(message = "{round.deadlineTime.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        @Nullable LocalTime deadlineTime,
        @NotBlank(message = "{round.reason.required}") @Size(max = 1000, message = "{correction.reason.long}")
        @Nullable String reason,
        @Size(max = 1000, message = "{correction.reason.long}") @Nullable String reasonLv) {
}
