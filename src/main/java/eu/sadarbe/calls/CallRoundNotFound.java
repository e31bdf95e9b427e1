package eu.sadarbe.calls;

import eu.sadarbe.shared.Refusal;

/** No call round has this id. */
public class CallRoundNotFound extends RuntimeException implements Refusal {

    public CallRoundNotFound(CallRoundId id) {
        super("No call round " + id);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "calls.problem.roundNotFound";
    }
}
