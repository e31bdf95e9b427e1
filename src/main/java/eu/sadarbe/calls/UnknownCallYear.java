package eu.sadarbe.calls;

/** A call year outside the programme generation Sadarbe holds reference data for (R-GEN-01). */
public class UnknownCallYear extends RuntimeException {

    private final int callYear;

    public UnknownCallYear(int callYear) {
        super("No reference data for call year " + callYear);
        this.callYear = callYear;
    }

    public int callYear() {
        return callYear;
    }
}
