package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;

/**
 * The recorded decision on an application, who took it and when. {@code overridden} marks an officer's individual
 * decision against the ranking (with its reason); it is kept when the round's decisions are recorded again. Once
 * the letter is issued the decision is final.
 */
public record Decision(ApplicationId applicationId, Outcome outcome, @Nullable BigDecimal granted, boolean overridden,
                       @Nullable String reason, UUID decidedBy, String decidedByEmail, Instant decidedAt,
                       @Nullable Instant letterIssuedAt, @Nullable Instant letterMailedAt) {

    public boolean locked() {
        return letterIssuedAt != null;
    }

    /** How the decision reads in the audit trail. */
    String describe() {
        return granted == null ? outcome.name() : outcome.name() + " " + granted.toPlainString();
    }
}
