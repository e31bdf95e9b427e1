package eu.sadarbe.assessment.scoring;

import java.util.List;
import java.util.Map;

import eu.sadarbe.shared.Refusal;

/** Points beyond a criterion's maximum (R-AWD-01), or an assessment submitted without every score and comment. */
public class ScoresInvalid extends RuntimeException implements Refusal {

    private final List<ScoreProblem> problems;

    public ScoresInvalid(List<ScoreProblem> problems) {
        super("Invalid assessment: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ScoreProblem> problems() {
        return problems;
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public String messageKey() {
        return "scoring.problem.invalid";
    }

    /** The problems by field, each in the reader's language. */
    @Override
    public Map<String, Object> problemProperties(Wording wording) {
        return Map.of("errors", problems.stream().map(problem -> Map.of("field", problem.field(),
                "message", wording.text(problem.messageKey(), problem.arguments().toArray()))).toList());
    }
}
