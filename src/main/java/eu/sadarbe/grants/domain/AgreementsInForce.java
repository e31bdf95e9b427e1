package eu.sadarbe.grants.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.AgreementInForce;
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
        return agreements.inForceOfAgency(agencyCode).stream().map(AgreementsInForce::view)
                .flatMap(Optional::stream).toList();
    }

    static Optional<AgreementInForce> view(GrantAgreement agreement) {
        if (agreement.status() != AgreementStatus.IN_FORCE) {
            return Optional.empty();
        }
        Preparation preparation = agreement.preparation();
        AgreementTerms terms = agreement.current();
        String beneficiary = preparation.beneficiary().organisationId();
        return Optional.of(new AgreementInForce(agreement.id(), preparation.number(), terms.version(),
                preparation.applicationId(), preparation.applicationNumber(), preparation.agencyCode(),
                preparation.actionType(), preparation.callYear(), preparation.roundNumber(), preparation.title(),
                preparation.language(), preparation.scheme(), beneficiary, preparation.beneficiary().legalName(),
                terms.partners().stream().map(Party::organisationId).filter(id -> !id.equals(beneficiary)).toList(),
                Objects.requireNonNull(agreement.enteredIntoForceOn()), preparation.projectStart(),
                terms.projectEnd(), terms.amounts()));
    }
}
