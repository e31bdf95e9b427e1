package eu.sadarbe.calls;

/** No call round has this id. */
public class CallRoundNotFound extends RuntimeException {

    public CallRoundNotFound(CallRoundId id) {
        super("No call round " + id);
    }
}
