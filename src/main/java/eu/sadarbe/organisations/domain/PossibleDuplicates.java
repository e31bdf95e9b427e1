package eu.sadarbe.organisations.domain;

import java.util.List;

import eu.sadarbe.organisations.OrganisationSummary;

/**
 * The register already holds an organisation with the same registration number in the same country, or the same
 * legal name in the same city; the registrant may go on only with a reason.
 */
public class PossibleDuplicates extends RuntimeException {

    private final List<OrganisationSummary> candidates;

    public PossibleDuplicates(List<OrganisationSummary> candidates) {
        super("Possible duplicates: " + candidates.stream().map(candidate -> candidate.oid().value()).toList());
        this.candidates = List.copyOf(candidates);
    }

    public List<OrganisationSummary> candidates() {
        return candidates;
    }
}
