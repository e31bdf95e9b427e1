package eu.sadarbe.assessment.scoring;

import java.util.List;

/** Points beyond a criterion's maximum (R-AWD-01), or an assessment submitted without every score and comment. */
public class ScoresInvalid extends RuntimeException {

    private final List<ScoreProblem> problems;

    public ScoresInvalid(List<ScoreProblem> problems) {
        super("Invalid assessment: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ScoreProblem> problems() {
        return problems;
    }
}
