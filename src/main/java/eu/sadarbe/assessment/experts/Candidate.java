package eu.sadarbe.assessment.experts;

import java.util.Comparator;
import java.util.List;

/**
 * An expert of the pool as a possible assessor of one application: whether the field (action type) and language
 * match, how many applications of the call year they already assess, and any conflict of interest.
 */
public record Candidate(Expert expert, boolean fieldMatched, boolean languageMatched, int workload,
                        List<ConflictOfInterest> conflicts) {

    /** Fewest assignments first; the e-mail address decides between equals, so suggestions are repeatable. */
    static final Comparator<Candidate> LIGHTEST_FIRST = Comparator.comparingInt(Candidate::workload)
            .thenComparing(candidate -> candidate.expert().email());

    public Candidate {
        conflicts = List.copyOf(conflicts);
    }

    public boolean suitable() {
        return fieldMatched && languageMatched && conflicts.isEmpty();
    }

    /** The suitable candidates, lightest workload first. */
    public static List<Candidate> ranked(List<Candidate> candidates) {
        return candidates.stream().filter(Candidate::suitable).sorted(LIGHTEST_FIRST).toList();
    }
}
