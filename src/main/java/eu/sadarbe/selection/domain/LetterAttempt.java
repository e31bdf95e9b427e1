package eu.sadarbe.selection.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One attempt to e-mail a decision letter: when, and whether the SMTP server took it. */
public record LetterAttempt(Instant at, Outcome outcome, @Nullable String detail) {

    public enum Outcome {
        /** The SMTP server took the e-mail. */
        SENT,
        /** Sending failed; it is tried again. */
        FAILED,
        /** No SMTP server is configured: the letter was not e-mailed. */
        NO_MAIL_SERVER
    }
}
