package eu.sadarbe.submission;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import eu.sadarbe.shared.Refusal;

/** R-SUB-01: the deadline (in Brussels time) had passed on the server's clock when the submission arrived. */
public class DeadlinePassed extends RuntimeException implements Refusal {

    /** How the deadline and the server time read, in Brussels time (R-SUB-01). */
    public static final DateTimeFormatter BRUSSELS_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final ZonedDateTime deadline;
    private final ZonedDateTime serverTime;

    public DeadlinePassed(ZonedDateTime deadline, ZonedDateTime serverTime) {
        super("The deadline " + deadline + " has passed; server time " + serverTime);
        this.deadline = deadline;
        this.serverTime = serverTime;
    }

    public ZonedDateTime deadline() {
        return deadline;
    }

    public ZonedDateTime serverTime() {
        return serverTime;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String messageKey() {
        return "submission.problem.deadlinePassed";
    }

    /** The deadline and the server time as people read them, in Brussels time. */
    @Override
    public Object[] messageArguments(Wording wording) {
        String zone = wording.text("submission.brusselsTime");
        return new Object[] {BRUSSELS_TIME.format(deadline) + " " + zone, BRUSSELS_TIME.format(serverTime) + " " + zone};
    }

    @Override
    public Map<String, Object> problemProperties(Wording wording) {
        return Map.of("deadline", deadline.toOffsetDateTime(), "serverTime", serverTime.toOffsetDateTime());
    }
}
