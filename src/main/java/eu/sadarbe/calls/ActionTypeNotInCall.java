package eu.sadarbe.calls;

/** An action type that was not open in the call year (e.g. KA229 before the 2018 call). */
public class ActionTypeNotInCall extends RuntimeException {

    private final String actionType;
    private final int callYear;

    public ActionTypeNotInCall(String actionType, int callYear) {
        super(actionType + " is not open in the " + callYear + " call");
        this.actionType = actionType;
        this.callYear = callYear;
    }

    public String actionType() {
        return actionType;
    }

    public int callYear() {
        return callYear;
    }
}
