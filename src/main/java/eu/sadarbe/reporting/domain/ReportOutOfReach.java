package eu.sadarbe.reporting.domain;

import eu.sadarbe.shared.Refusal;

/**
 * The report does not exist, or the caller is not an officer of its agency (nor, for a final letter, one of the
 * project's people): both answer alike (404), so that nobody learns which reports exist.
 */
public class ReportOutOfReach extends RuntimeException implements Refusal {

    public ReportOutOfReach() {
        super("No such report for this user");
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
