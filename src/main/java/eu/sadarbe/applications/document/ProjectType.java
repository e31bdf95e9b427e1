package eu.sadarbe.applications.document;

/** The two kinds of Strategic Partnership (rules file §1). */
public enum ProjectType {
    INNOVATION,
    EXCHANGE_OF_GOOD_PRACTICES
}
