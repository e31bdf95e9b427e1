package eu.sadarbe.selection.domain;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a decision letter's e-mail stands (issue 17): not issued, waiting to be sent, sent (after how many attempts),
 * failed and to be retried, or not e-mailed because no mail server is configured. Only {@link Status#SENT} may be
 * called "e-mailed".
 */
public record Delivery(Status status, List<LetterAttempt> attempts, @Nullable Instant sentAt) {

    public enum Status { NOT_ISSUED, WAITING, SENT, RETRYING, NOT_EMAILED }

    public Delivery {
        attempts = List.copyOf(attempts);
    }

    static Delivery of(@Nullable Decision decision, List<LetterAttempt> attempts) {
        if (decision == null || !decision.locked()) {
            return new Delivery(Status.NOT_ISSUED, List.of(), null);
        }
        if (decision.letterMailedAt() != null) {
            return new Delivery(Status.SENT, attempts, decision.letterMailedAt());
        }
        if (attempts.isEmpty()) {
            return new Delivery(Status.WAITING, attempts, null);
        }
        LetterAttempt last = attempts.get(attempts.size() - 1);
        return new Delivery(last.outcome() == LetterAttempt.Outcome.NO_MAIL_SERVER ? Status.NOT_EMAILED
                : Status.RETRYING, attempts, null);
    }

    /** Attempts that failed before (and including) now: more than zero means the letter was retried or will be. */
    public long failures() {
        return attempts.stream().filter(attempt -> attempt.outcome() == LetterAttempt.Outcome.FAILED).count();
    }
}
