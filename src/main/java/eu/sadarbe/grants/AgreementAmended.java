package eu.sadarbe.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The officer approved an amendment; {@code version} counts the agreement's versions from 1 (the original). The
 * awarded total and the end date are those of the new version.
 */
public record AgreementAmended(GrantAgreementId agreementId, int version, String kind, BigDecimal awardedTotal,
                               LocalDate projectEnd, Instant approvedAt) {
}
