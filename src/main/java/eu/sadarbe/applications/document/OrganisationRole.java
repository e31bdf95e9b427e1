package eu.sadarbe.applications.document;

/** The applicant applies on behalf of all partners (rules file §2.1). */
public enum OrganisationRole {
    APPLICANT,
    PARTNER
}
