package eu.sadarbe.shared;

/**
 * The types of organisation of the application document (shared/api/application-document.md §1): one vocabulary for
 * the register, the application document, the eligibility check and the agreements.
 */
public enum OrganisationType {
    SCHOOL,
    HIGHER_EDUCATION_INSTITUTION,
    VET_PROVIDER,
    ADULT_EDUCATION_PROVIDER,
    YOUTH_ORGANISATION,
    NGO,
    PUBLIC_AUTHORITY,
    ENTERPRISE,
    RESEARCH_INSTITUTE,
    FOUNDATION,
    SOCIAL_PARTNER,
    CHAMBER_OR_TRADE_BODY,
    CULTURAL_ORGANISATION,
    GUIDANCE_OR_RECOGNITION_CENTRE,
    INFORMAL_GROUP_OF_YOUNG_PEOPLE,
    OTHER;

    /** The codes as one regular expression, for Bean Validation. */
    public static final String CODES = "SCHOOL|HIGHER_EDUCATION_INSTITUTION|VET_PROVIDER|ADULT_EDUCATION_PROVIDER"
            + "|YOUTH_ORGANISATION|NGO|PUBLIC_AUTHORITY|ENTERPRISE|RESEARCH_INSTITUTE|FOUNDATION|SOCIAL_PARTNER"
            + "|CHAMBER_OR_TRADE_BODY|CULTURAL_ORGANISATION|GUIDANCE_OR_RECOGNITION_CENTRE"
            + "|INFORMAL_GROUP_OF_YOUNG_PEOPLE|OTHER";

    public static boolean isCode(String text) {
        return text.matches(CODES);
    }
}
