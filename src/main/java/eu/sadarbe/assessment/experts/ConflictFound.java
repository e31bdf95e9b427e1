package eu.sadarbe.assessment.experts;

import java.util.List;

/** The chosen expert has a conflict of interest with the application, or does not fit it. */
public class ConflictFound extends RuntimeException {

    private final List<ConflictOfInterest> conflicts;

    public ConflictFound(List<ConflictOfInterest> conflicts) {
        super("Conflict of interest: " + conflicts);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<ConflictOfInterest> conflicts() {
        return conflicts;
    }
}
