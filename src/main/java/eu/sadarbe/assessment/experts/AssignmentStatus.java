package eu.sadarbe.assessment.experts;

/**
 * Where an expert's assignment stands: offered until the expert declares no conflict of interest, accepted while
 * scoring, submitted (locked) once the scores are in; released when the expert declared a conflict or the officer
 * replaced them.
 */
public enum AssignmentStatus {
    OFFERED, ACCEPTED, SUBMITTED, CONFLICT_DECLARED, REPLACED;

    public boolean counts() {
        return this == OFFERED || this == ACCEPTED || this == SUBMITTED;
    }
}
