package eu.sadarbe.submission.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** R-SUB-02: the officer's individual extension: a new deadline in Brussels time and the reason. */
record ExtensionForm(@NotNull(message = "{submission.extension.dateRequired}")
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadlineDate,
                     @NotNull(message = "{submission.extension.timeRequired}")
                     @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime deadlineTime,
                     @NotBlank(message = "{submission.extension.reasonRequired}")
                     @Size(max = 2000, message = "{submission.extension.reasonTooLong}") @Nullable String reason) {

    static ExtensionForm empty() {
        return new ExtensionForm(null, LocalTime.NOON, null);
    }
}
