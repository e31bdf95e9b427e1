package eu.sadarbe.assessment.experts;

/**
 * Why an expert may not assess an application (Guide for Experts, conflict of interest): {@code reason} is a message
 * key suffix ({@code experts.conflict.<reason>}) and {@code organisationOid} the organisation concerned.
 */
public record ConflictOfInterest(String reason, String organisationOid, String note) {

    static final String ORGANISATION_IN_CONSORTIUM = "organisationInConsortium";
    static final String MEMBER_OF_ORGANISATION = "memberOfOrganisation";
    static final String RECORDED_RELATION = "recordedRelation";
    static final String ASSESSED_APPLICANT = "assessedApplicant";

    public String messageKey() {
        return "experts.conflict." + reason;
    }
}
