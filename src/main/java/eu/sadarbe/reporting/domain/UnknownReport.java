package eu.sadarbe.reporting.domain;

/** No such report (or agreement without one): 404. */
public class UnknownReport extends RuntimeException {

    public UnknownReport(String what) {
        super("No report " + what);
    }
}
