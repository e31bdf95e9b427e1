package eu.sadarbe.grants.domain;

import java.util.Optional;

import eu.sadarbe.grants.GrantAgreementId;

/**
 * An agreement as the officer's portfolio lists it (issue 21: a page of 50, read in one query): its number and
 * beneficiary, where it stands, the amendment open on it and its current terms; not its audit trail.
 */
public record PortfolioEntry(GrantAgreementId id, Preparation preparation, AgreementStatus status,
                             Optional<Amendment> openAmendment, AgreementTerms current) {

    static PortfolioEntry of(GrantAgreement agreement) {
        return new PortfolioEntry(agreement.id(), agreement.preparation(), agreement.status(),
                agreement.openAmendment(), agreement.current());
    }

    /** The call year, round and action type the portfolio groups agreements by, e.g. {@code 2020-1 KA202}. */
    public String round() {
        return preparation.callYear() + "-" + preparation.roundNumber() + " " + preparation.actionType();
    }
}
