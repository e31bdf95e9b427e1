package eu.sadarbe.organisations;

/** Where an organisation stands with its National Agency. */
public enum OrganisationStatus {
    /** Registered by the organisation itself, not yet checked by the agency. */
    DECLARED,
    /** Checked by an officer of the country's National Agency. */
    VALIDATED,
    /** Refused by an officer of the country's National Agency, with a reason. */
    REJECTED
}
