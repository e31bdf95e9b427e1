package eu.sadarbe.payments.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the finance page shows: one agency's orders, optionally due within dates, of one round ({@code callYear} and
 * {@code roundNumber}) and action type, in one state; {@code page} counts from 0.
 */
public record OrderFilter(String agencyCode, @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo,
                          @Nullable Integer callYear, @Nullable Integer roundNumber, @Nullable String actionType,
                          @Nullable OrderState state, int page, int size) {

    public OrderFilter {
        page = Math.max(0, page);
        size = Math.max(1, Math.min(size, 500));
    }
}
