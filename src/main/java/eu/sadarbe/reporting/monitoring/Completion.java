package eu.sadarbe.reporting.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

import eu.sadarbe.grants.GrantAgreementId;

/** The final grant of an agreement as settled after its final report ({@code ProjectCompleted}). */
public record Completion(GrantAgreementId agreementId, BigDecimal finalGrant, int score, BigDecimal reductionShare,
                         LocalDate completedOn) {
}
