package eu.sadarbe.assessment;

import java.util.Map;

import eu.sadarbe.shared.Refusal;
import eu.sadarbe.submission.Deadline;
import eu.sadarbe.web.Formats;

/**
 * R-SUB-01: a formal check, expert assignment, ranking or decision asked for before the application's deadline (with
 * its extensions, R-SUB-02 and R-SUB-03) has passed; the applicant may still resubmit. Message key
 * {@link #MESSAGE_KEY}, with the deadline in Brussels time as its argument.
 */
public class RoundStillOpen extends RuntimeException implements Refusal {

    public static final String MESSAGE_KEY = "backoffice.refused.roundStillOpen";

    private final Deadline deadline;

    public RoundStillOpen(Deadline deadline) {
        super("R-SUB-01: the deadline " + deadline.moment() + " has not passed yet");
        this.deadline = deadline;
    }

    public Deadline deadline() {
        return deadline;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String messageKey() {
        return MESSAGE_KEY;
    }

    @Override
    public Object[] messageArguments(Wording wording) {
        return new Object[] {Formats.in(wording.locale()).brusselsTime(deadline.moment())};
    }

    @Override
    public String problemType() {
        return "urn:sadarbe:problem:round-still-open";
    }

    @Override
    public String titleKey() {
        return "backoffice.roundStillOpen.title";
    }

    @Override
    public Map<String, Object> problemProperties(Wording wording) {
        return Map.of("rule", "R-SUB-01", "deadline", deadline.moment().toOffsetDateTime());
    }
}
