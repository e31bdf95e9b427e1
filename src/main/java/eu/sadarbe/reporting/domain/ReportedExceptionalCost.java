package eu.sadarbe.reporting.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Exceptional real costs (R-FIN-09), linked to the activity they served when there is one (R-RED-02);
 * {@code evidence} is an uploaded file's id.
 */
public record ReportedExceptionalCost(String id, String organisation, @Nullable String activity,
                                      String description, BigDecimal eligibleCost, @Nullable String evidence) {
}
