package eu.sadarbe.calls;

import java.math.BigDecimal;

/** One figure as it applies to a call year and action type, with its confirmation status. */
public record Figure(BigDecimal amount, FigureStatus status) {

    public int whole() {
        return amount.intValueExact();
    }
}
