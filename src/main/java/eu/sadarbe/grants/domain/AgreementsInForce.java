package eu.sadarbe.grants.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.AgreementRound;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.GrantAgreementId;

/** {@link Agreements} read from the agreements themselves: in force and in their current version. */
@Component
@Transactional(readOnly = true)
class AgreementsInForce implements Agreements {

    private final GrantAgreementRepository agreements;

    AgreementsInForce(GrantAgreementRepository agreements) {
        this.agreements = agreements;
    }

    @Override
    public Optional<AgreementInForce> inForce(GrantAgreementId id) {
        return agreements.find(id).flatMap(AgreementsInForce::view);
    }

    @Override
    public List<AgreementInForce> inForceOf(ApplicationId applicationId) {
        return agreements.ofApplication(applicationId).stream().map(AgreementsInForce::view)
                .flatMap(Optional::stream).toList();
    }

    @Override
    public List<AgreementInForce> inForceAt(String agencyCode) {
        return agreements.inForceOfAgency(agencyCode).stream()
                .map(agreement -> view(agreement.id(), agreement.preparation(), agreement.current(),
                        agreement.enteredIntoForceOn()))
                .toList();
    }

    @Override
    public List<AgreementRound> inForceRoundsAt(String agencyCode) {
        return agreements.inForceRoundsOfAgency(agencyCode);
    }

    static Optional<AgreementInForce> view(GrantAgreement agreement) {
        if (agreement.status() != AgreementStatus.IN_FORCE) {
            return Optional.empty();
        }
        return Optional.of(view(agreement.id(), agreement.preparation(), agreement.current(),
                Objects.requireNonNull(agreement.enteredIntoForceOn())));
    }

    private static AgreementInForce view(GrantAgreementId id, Preparation preparation, AgreementTerms terms,
                                         LocalDate enteredIntoForceOn) {
        String beneficiary = preparation.beneficiary().organisationId();
        return new AgreementInForce(id, preparation.number(), terms.version(),
                preparation.applicationId(), preparation.applicationNumber(), preparation.agencyCode(),
                preparation.actionType(), preparation.callYear(), preparation.roundNumber(), preparation.title(),
                preparation.language(), preparation.scheme(), beneficiary, preparation.beneficiary().legalName(),
                terms.partners().stream().map(Party::organisationId).filter(each -> !each.equals(beneficiary)).toList(),
                enteredIntoForceOn, preparation.projectStart(), terms.projectEnd(), terms.amounts());
    }
}
