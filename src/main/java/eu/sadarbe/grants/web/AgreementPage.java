package eu.sadarbe.grants.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.grants.domain.Amendment;
import eu.sadarbe.grants.domain.Party;
import eu.sadarbe.grants.domain.PortfolioEntry;

/**
 * One page of the agency's agreements over the API (issue 21): how many there are in all, which page of how many,
 * and a summary of each agreement on it, read in one query without audit trails.
 */
record AgreementPage(long total, int page, int size, int pages, List<AgreementSummary> agreements) {

    /** An agreement as the portfolio lists it: who, how much, where it stands and the amendment open on it. */
    record AgreementSummary(String id, String number, String applicationId, String applicationNumber,
                            String agencyCode, String actionType, int callYear, int roundNumber, String title,
                            String status, Party beneficiary, PaymentScheme scheme, LocalDate projectStart,
                            LocalDate projectEnd, BigDecimal awardedTotal,
                            @Nullable OpenAmendmentSummary openAmendment) {

        static AgreementSummary of(PortfolioEntry entry) {
            var preparation = entry.preparation();
            return new AgreementSummary(entry.id().toString(), preparation.number(),
                    preparation.applicationId().value().toString(), preparation.applicationNumber(),
                    preparation.agencyCode(), preparation.actionType(), preparation.callYear(),
                    preparation.roundNumber(), preparation.title(), entry.status().name(), preparation.beneficiary(),
                    preparation.scheme(), preparation.projectStart(), entry.current().projectEnd(),
                    entry.current().total(), entry.openAmendment().map(OpenAmendmentSummary::of).orElse(null));
        }
    }

    /** The amendment waiting on the agreement, if one is. */
    record OpenAmendmentSummary(int version, String kind, String status, String summary) {

        static OpenAmendmentSummary of(Amendment amendment) {
            return new OpenAmendmentSummary(amendment.version(), amendment.kind().name(),
                    amendment.status().name(), amendment.summary());
        }
    }
}
