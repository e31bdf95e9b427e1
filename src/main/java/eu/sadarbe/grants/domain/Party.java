package eu.sadarbe.grants.domain;

/**
 * An organisation of the agreement: the beneficiary (the coordinator, or the school of a KA229 agreement) or a
 * partner, which gives the coordinator its mandate (multi-beneficiary agreements).
 */
public record Party(String organisationId, String legalName, String country, boolean mandate) {
}
