package eu.sadarbe.selection.domain;

import eu.sadarbe.shared.Refusal;

/** No ranked, failed or rejected application with this id is known to selection. */
public class UnknownApplication extends RuntimeException implements Refusal {

    public UnknownApplication() {
        super("Unknown application");
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "selection.problem.notFound";
    }
}
