package eu.sadarbe.calls;

/** Whether a country is a Programme Country or a Partner Country in one call year (rules file §5). */
public enum Participation {
    PROGRAMME,
    PARTNER
}
