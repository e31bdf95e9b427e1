package eu.sadarbe.grants.domain;

/** What the officer enters for one beneficiary: its bank account (checked) and legal representative. */
public record BeneficiaryDetails(String organisationId, String iban, String bic, String legalRepresentative) {
}
