package eu.sadarbe.results;

/**
 * Organisation identifiers in the open data, in the style of org-id.guide ({@code PREFIX-identifier}): an Erasmus+
 * Organisation ID (calls from 2020) under {@link #OID_PREFIX}, a Participant Identification Code (calls up to 2019)
 * under {@link #PIC_PREFIX}, a National Agency under {@link #AGENCY_PREFIX}. No list for these identifiers was found
 * on org-id.guide when this was written: the prefixes are Sadarbe's, recorded as unconfirmed (flag U) in
 * docs/open-data.md until a list is registered there.
 */
public final class OrganisationIdentifiers {

    public static final String OID_PREFIX = "XI-EPLUS-OID";
    public static final String PIC_PREFIX = "XI-EPLUS-PIC";
    public static final String AGENCY_PREFIX = "XI-EPLUS-NA";
    /** The European Commission as org-id.guide's list of EU institutions would name it; unconfirmed (U). */
    public static final String COMMISSION = "XI-EU-EC";

    private OrganisationIdentifiers() {
    }

    /** An Organisation ID ({@code E10000101}) or PIC ({@code 999999999}) with its list prefix. */
    public static String of(String identifier) {
        return (identifier.startsWith("E") ? OID_PREFIX : PIC_PREFIX) + "-" + identifier;
    }

    public static String ofAgency(String agencyCode) {
        return AGENCY_PREFIX + "-" + agencyCode;
    }
}
