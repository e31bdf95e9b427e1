package eu.sadarbe.assessment;

import eu.sadarbe.submission.Deadline;

/**
 * R-SUB-01: a formal check, expert assignment, ranking or decision asked for before the application's deadline (with
 * its extensions, R-SUB-02 and R-SUB-03) has passed; the applicant may still resubmit. Message key
 * {@link #MESSAGE_KEY}, with the deadline in Brussels time as its argument.
 */
public class RoundStillOpen extends RuntimeException {

    public static final String MESSAGE_KEY = "backoffice.refused.roundStillOpen";

    private final Deadline deadline;

    public RoundStillOpen(Deadline deadline) {
        super("R-SUB-01: the deadline " + deadline.moment() + " has not passed yet");
        this.deadline = deadline;
    }

    public Deadline deadline() {
        return deadline;
    }
}
