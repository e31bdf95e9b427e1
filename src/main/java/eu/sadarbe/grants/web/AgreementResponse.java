package eu.sadarbe.grants.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.grants.domain.AgreementTerms;
import eu.sadarbe.grants.domain.Amendment;
import eu.sadarbe.grants.domain.AuditEntry;
import eu.sadarbe.grants.domain.GrantAgreement;
import eu.sadarbe.grants.domain.Party;
import eu.sadarbe.grants.domain.Signature;

/** A grant agreement over the API: what it says now, every version, its amendments, signatures and audit trail. */
public record AgreementResponse(String id, String number, String applicationId, String applicationNumber,
                                String agencyCode, String actionType, int callYear, int roundNumber, String status,
                                Party beneficiary, String legalRepresentative, PaymentScheme scheme,
                                LocalDate projectStart, LocalDate projectEnd, BigDecimal awardedTotal,
                                Map<BudgetCategory, BigDecimal> awarded, String iban, String bic,
                                @Nullable String pdfSha256, @Nullable LocalDate enteredIntoForceOn,
                                List<AgreementTerms> versions, List<AmendmentResponse> amendments,
                                List<Signature> signatures, List<AuditEntry> audit) {

    /** An amendment over the API (the proposed terms are in {@code proposed}). */
    public record AmendmentResponse(int version, String kind, String status, String summary, AgreementTerms proposed,
                                    List<String> findings, String requestedBy, Instant requestedAt,
                                    String pdfSha256, @Nullable String decidedBy, @Nullable Instant decidedAt,
                                    @Nullable String reason) {

        static AmendmentResponse of(Amendment amendment) {
            return new AmendmentResponse(amendment.version(), amendment.kind().name(), amendment.status().name(),
                    amendment.summary(), amendment.proposed(), amendment.findings(), amendment.requestedBy(),
                    amendment.requestedAt(), amendment.pdfSha256(), amendment.decidedBy(), amendment.decidedAt(),
                    amendment.reason());
        }
    }

    static AgreementResponse of(GrantAgreement agreement) {
        var preparation = agreement.preparation();
        AgreementTerms terms = agreement.current();
        return new AgreementResponse(agreement.id().toString(), preparation.number(),
                preparation.applicationId().value().toString(), preparation.applicationNumber(),
                preparation.agencyCode(), preparation.actionType(), preparation.callYear(), preparation.roundNumber(),
                agreement.status().name(), preparation.beneficiary(), preparation.legalRepresentative(),
                preparation.scheme(), preparation.projectStart(), terms.projectEnd(), terms.total(), terms.amounts(),
                terms.account().iban(), terms.account().bic(), agreement.pdfSha256(), agreement.enteredIntoForceOn(),
                agreement.versions(), agreement.amendments().stream().map(AmendmentResponse::of).toList(),
                agreement.signatures(), agreement.audit());
    }
}
