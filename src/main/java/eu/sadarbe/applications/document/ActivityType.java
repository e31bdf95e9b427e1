package eu.sadarbe.applications.document;

/** Learning, teaching and training activity types (rules file §4.5). */
public enum ActivityType {
    SHORT_TERM_JOINT_STAFF_TRAINING,
    LONG_TERM_TEACHING_OR_TRAINING_ASSIGNMENT,
    INTENSIVE_STUDY_PROGRAMME,
    BLENDED_MOBILITY_OF_LEARNERS,
    SHORT_TERM_EXCHANGE_OF_PUPIL_GROUPS,
    LONG_TERM_PUPIL_MOBILITY,
    LONG_TERM_YOUTH_WORKER_MOBILITY
}
