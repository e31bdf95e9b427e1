package eu.sadarbe.reporting.domain;

import eu.sadarbe.shared.Refusal;

/** No such report (or agreement without one): 404. */
public class UnknownReport extends RuntimeException implements Refusal {

    public UnknownReport(String what) {
        super("No report " + what);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "reporting.problem.notFound";
    }
}
