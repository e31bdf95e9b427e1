package eu.sadarbe.applications.document;

/** Who travels to a learning activity; staff and accompanying persons share the staff rates (R-FIN-08). */
public enum ParticipantKind {
    STAFF,
    LEARNER,
    ACCOMPANYING_PERSON
}
