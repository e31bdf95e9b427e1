package eu.sadarbe.assessment.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.organisations.OrganisationSummary;

/**
 * What the formal check adds to the rules engine: the document's organisations compared with the Organisation
 * Registration System. An OID nobody registered breaks R-ELIG-10; a country other than the registered one may
 * hide a consortium too small in Programme Countries (R-ELIG-02).
 */
@Component
class RegisterCheck {

    private final OrganisationRegister register;

    RegisterCheck(OrganisationRegister register) {
        this.register = register;
    }

    List<Finding> findings(ApplicationDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (int index = 0; index < document.organisations().size(); index++) {
            Organisation organisation = document.organisations().get(index);
            String path = "/organisations/" + index;
            if (organisation.oid() == null || !Oid.isOid(organisation.oid())) {
                continue;
            }
            Optional<OrganisationSummary> registered = register.byOid(Oid.of(organisation.oid()));
            if (registered.isEmpty()) {
                findings.add(Finding.error("R-ELIG-10", path, "formalCheck.finding.notRegistered",
                        organisation.oid()));
            } else if (!registered.get().country().equals(organisation.country())) {
                findings.add(Finding.error("R-ELIG-02", path, "formalCheck.finding.countryDiffers",
                        organisation.oid(), organisation.country().value(), registered.get().country().value()));
            }
        }
        return findings;
    }
}
