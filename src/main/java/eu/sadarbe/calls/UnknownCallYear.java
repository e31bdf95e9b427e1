package eu.sadarbe.calls;

import eu.sadarbe.shared.Refusal;

/** A call year outside the programme generation Sadarbe holds reference data for (R-GEN-01). */
public class UnknownCallYear extends RuntimeException implements Refusal {

    private final int callYear;

    public UnknownCallYear(int callYear) {
        super("No reference data for call year " + callYear);
        this.callYear = callYear;
    }

    public int callYear() {
        return callYear;
    }

    /** Asked for as a parameter: the request is not right. */
    @Override
    public Kind kind() {
        return Kind.MALFORMED;
    }

    @Override
    public String messageKey() {
        return "reference.unknownCallYear";
    }

    @Override
    public Object[] messageArguments(Wording wording) {
        return new Object[] {String.valueOf(callYear), String.valueOf(CallYears.FIRST), String.valueOf(CallYears.LAST)};
    }
}
