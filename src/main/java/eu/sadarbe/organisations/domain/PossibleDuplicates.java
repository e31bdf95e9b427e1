package eu.sadarbe.organisations.domain;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.organisations.OrganisationSummary;
import eu.sadarbe.shared.Refusal;

/**
 * The register already holds an organisation with the same registration number in the same country, or the same
 * legal name in the same city; the registrant may go on only with a reason.
 */
public class PossibleDuplicates extends RuntimeException implements Refusal {

    private final List<OrganisationSummary> candidates;

    public PossibleDuplicates(List<OrganisationSummary> candidates) {
        super("Possible duplicates: " + candidates.stream().map(candidate -> candidate.oid().value()).toList());
        this.candidates = List.copyOf(candidates);
    }

    public List<OrganisationSummary> candidates() {
        return candidates;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String messageKey() {
        return "organisation.problem.duplicates";
    }

    /** The organisations the register may already hold, as the API lists organisations. */
    @Override
    public Map<String, Object> problemProperties(Wording wording) {
        return Map.of("possibleDuplicates", candidates.stream().map(Candidate::of).toList());
    }

    /** One organisation the register may already hold. */
    public record Candidate(String oid, String legalName, String country, String city, String organisationType,
                            String status, @Nullable String echeCode) {
        static Candidate of(OrganisationSummary summary) {
            return new Candidate(summary.oid().value(), summary.legalName(), summary.country().value(),
                    summary.city(), summary.type().name(), summary.status().name(), summary.echeCode());
        }
    }
}
