package eu.sadarbe.assessment.experts;

import eu.sadarbe.shared.Refusal;

/**
 * The assignment cannot change this way: {@code reason} is a message key suffix ({@code experts.refused.<reason>}),
 * e.g. the expert is assigned already, or the assessment is submitted.
 */
public class AssignmentRefused extends RuntimeException implements Refusal {

    private final String reason;

    public AssignmentRefused(String reason) {
        super("Assignment refused: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String messageKey() {
        return "experts.refused." + reason;
    }
}
