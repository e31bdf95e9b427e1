package eu.sadarbe.accounts;

/**
 * An administrator made an account an expert for a National Agency: the agency's pool of experts takes them in
 * (the officers then record what they assess).
 */
public record ExpertAppointed(AccountId account, String email, String displayName, String nationalAgencyCode,
                              String language) {
}
