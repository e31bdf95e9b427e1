package eu.sadarbe.calls;

/** The call years of the 2014–2020 programme generation that Sadarbe holds reference data for (R-GEN-01). */
public final class CallYears {

    public static final int FIRST = 2014;
    public static final int LAST = 2020;

    private CallYears() {
    }

    public static boolean isKnown(int callYear) {
        return callYear >= FIRST && callYear <= LAST;
    }
}
