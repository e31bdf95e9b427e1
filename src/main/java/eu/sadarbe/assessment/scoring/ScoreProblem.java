package eu.sadarbe.assessment.scoring;

import java.util.List;

/** One thing wrong with an assessment: the field, a message key and its arguments. */
public record ScoreProblem(String field, String messageKey, List<Object> arguments) {

    public ScoreProblem {
        arguments = List.copyOf(arguments);
    }
}
