package eu.sadarbe.eligibility;

import java.util.List;
import java.util.Optional;

import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.applications.document.OrganisationRole;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.RuleParameters;

/** A snapshot of everything the eligibility rules look at, so that each rule stays pure and fast to test. */
public record ApplicationUnderCheck(ApplicationDocument document, Optional<NationalAgency> nationalAgency) {

    public List<Organisation> organisations() {
        return document.organisations();
    }

    public List<Organisation> applicants() {
        return organisations().stream().filter(organisation -> organisation.role() == OrganisationRole.APPLICANT)
                .toList();
    }

    /** R-ELIG-03: only organisations from Programme Countries count towards the minimum. */
    public long programmeCountryOrganisationCount(RuleParameters parameters) {
        return organisations().stream().filter(organisation -> parameters.isProgrammeCountry(organisation.country()))
                .count();
    }

    public long distinctProgrammeCountryCount(RuleParameters parameters) {
        return organisations().stream().map(Organisation::country).filter(parameters::isProgrammeCountry)
                .distinct().count();
    }
}
