package eu.sadarbe.assessment.experts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Conflicts of interest found without the expert's word (Guide for Experts, §3.2): the expert's organisation takes
 * part in the consortium, the expert acts (or acted, within the look-back period) for a consortium organisation in
 * the register, a recorded relation with a consortium organisation, or the expert already assesses the same
 * applicant in the same round.
 */
final class Conflicts {

    private Conflicts() {
    }

    static List<ConflictOfInterest> between(Expert expert, Assessable application, List<ExpertRelation> relations,
                                            Set<String> memberships, Set<String> applicantsAssessedInRound) {
        List<ConflictOfInterest> found = new ArrayList<>(withConsortium(expert, application.consortiumOids(),
                relations, memberships));
        String applicant = application.applicantOid();
        if (applicant != null && applicantsAssessedInRound.contains(applicant)) {
            found.add(new ConflictOfInterest(ConflictOfInterest.ASSESSED_APPLICANT, applicant, ""));
        }
        return List.copyOf(found);
    }

    /**
     * The conflicts with a consortium alone (a final report's, issue 19 item 4): the expert's organisation in it,
     * membership of one of its organisations, a recorded relation with one.
     */
    static List<ConflictOfInterest> withConsortium(Expert expert, Collection<String> consortiumOids,
                                                   List<ExpertRelation> relations, Set<String> memberships) {
        List<ConflictOfInterest> found = new ArrayList<>();
        String own = expert.organisationOid();
        if (own != null && consortiumOids.contains(own)) {
            found.add(new ConflictOfInterest(ConflictOfInterest.ORGANISATION_IN_CONSORTIUM, own, ""));
        }
        consortiumOids.stream().distinct().filter(memberships::contains).filter(oid -> !oid.equals(own))
                .sorted().forEach(oid -> found.add(new ConflictOfInterest(ConflictOfInterest.MEMBER_OF_ORGANISATION,
                        oid, "")));
        for (ExpertRelation relation : relations) {
            if (consortiumOids.contains(relation.organisationOid())) {
                found.add(new ConflictOfInterest(ConflictOfInterest.RECORDED_RELATION, relation.organisationOid(),
                        relation.note()));
            }
        }
        return found;
    }
}
