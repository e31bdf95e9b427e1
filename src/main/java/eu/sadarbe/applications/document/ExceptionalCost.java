package eu.sadarbe.applications.document;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A subcontracted service or purchase, at its eligible real cost (R-FIN-09). */
public record ExceptionalCost(String organisation, @Nullable String description, BigDecimal eligibleCost) {
}
