package eu.sadarbe.selection.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.applications.ApplicationId;

/**
 * Every attempt to e-mail a decision letter ({@code selection_letter_attempt}), kept in a transaction of its own so
 * that a failed attempt is on record although the sending is rolled back and tried again.
 */
@Repository
public class LetterAttemptRepository {

    private final JdbcClient jdbc;

    LetterAttemptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(ApplicationId id, Instant at, LetterAttempt.Outcome outcome, @Nullable String detail) {
        jdbc.sql("INSERT INTO selection_letter_attempt (id, application_id, attempted_at, outcome, detail) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id.value(), Timestamp.from(at), outcome.name(),
                        detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail)
                .update();
    }

    /** The attempts to e-mail the issued letter, oldest first. */
    public List<LetterAttempt> of(ApplicationId id) {
        return jdbc.sql("""
                        SELECT a.attempted_at, a.outcome, a.detail FROM selection_letter_attempt a
                        JOIN selection_decision d ON d.application_id = a.application_id
                        WHERE a.application_id = ? AND d.letter_issued_at IS NOT NULL
                        ORDER BY a.attempted_at, a.id""")
                .param(id.value())
                .query((row, number) -> new LetterAttempt(row.getTimestamp(1).toInstant(),
                        LetterAttempt.Outcome.valueOf(row.getString(2)), row.getString(3)))
                .list();
    }
}
