package eu.sadarbe.payments.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.payments.domain.OrderFilter;
import eu.sadarbe.payments.domain.OrderState;

/** The finance page's filter from request parameters; a round is written {@code 2019/1}, anything else is ignored. */
final class FinanceFilter {

    private FinanceFilter() {
    }

    static OrderFilter of(String agency, @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo,
                          @Nullable String round, @Nullable String actionType, @Nullable OrderState state, int page,
                          int size) {
        Integer year = null;
        Integer number = null;
        if (round != null && round.matches("\\d{4}/\\d{1,2}")) {
            year = Integer.valueOf(round.substring(0, 4));
            number = Integer.valueOf(round.substring(5));
        }
        String type = actionType != null && actionType.matches("KA2\\d\\d") ? actionType : null;
        return new OrderFilter(agency, dueFrom, dueTo, year, number, type, state, page, size);
    }
}
