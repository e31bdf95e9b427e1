package eu.sadarbe.grants.domain;

/** Where an agreement stands: the beneficiary signs first, the agency last; in force at the last signature (§6). */
public enum AgreementStatus {
    AWAITING_BENEFICIARY, AWAITING_AGENCY, IN_FORCE
}
