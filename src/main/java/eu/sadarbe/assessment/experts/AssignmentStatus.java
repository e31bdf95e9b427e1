package eu.sadarbe.assessment.experts;

/**
 * Where an expert's assignment stands: offered until the expert declares no conflict of interest, accepted while
 * scoring, submitted (locked) once the scores are in; released when the expert declared a conflict or the officer
 * replaced them, or suspended when a conflict of interest came to light after the assignment ({@link LateConflicts}).
 */
public enum AssignmentStatus {
    OFFERED, ACCEPTED, SUBMITTED, CONFLICT_DECLARED, REPLACED, SUSPENDED;

    public boolean counts() {
        return this == OFFERED || this == ACCEPTED || this == SUBMITTED;
    }
}
