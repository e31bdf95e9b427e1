package eu.sadarbe.applications.document;

import java.math.BigDecimal;

/** Real costs for participants with special needs, as estimated by the applicant (R-FIN-10). */
public record SpecialNeedsSupport(String organisation, BigDecimal amount) {
}
