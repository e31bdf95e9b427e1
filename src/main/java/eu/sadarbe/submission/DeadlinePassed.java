package eu.sadarbe.submission;

import java.time.ZonedDateTime;

/** R-SUB-01: the deadline (in Brussels time) had passed on the server's clock when the submission arrived. */
public class DeadlinePassed extends RuntimeException {

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
}
