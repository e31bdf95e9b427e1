package eu.sadarbe.reporting.domain;

/**
 * The report does not exist, or the caller is not an officer of its agency (nor, for a final letter, one of the
 * project's people): both answer alike (404), so that nobody learns which reports exist.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class ReportOutOfReach extends RuntimeException {

    public ReportOutOfReach() {
        super("No such report for this user");
    }
}
