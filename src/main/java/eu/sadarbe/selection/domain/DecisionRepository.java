package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.selection.RankingKey;

/** Every SQL statement of the {@link Decision} aggregate and its letter ({@code selection_decision}). */
@Repository
public class DecisionRepository {

    private static final String COLUMNS = """
            d.application_id, d.outcome, d.granted, d.overridden, d.reason, d.decided_by, d.decided_by_email,
            d.decided_at, d.letter_language, d.letter_issued_at, d.letter_sequence, d.letter_reference,
            d.letter_signed_by, d.letter_mailed_at""";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The application's decision, or an undecided one to take. */
    public Decision findOrUndecided(ApplicationId id) {
        return find(id).orElseGet(() -> Decision.undecided(id));
    }

    public Optional<Decision> find(ApplicationId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM selection_decision d WHERE d.application_id = ?")
                .param(id.value()).query(DecisionRepository::decision).optional();
    }

    public Map<ApplicationId, Decision> of(RankingKey key) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM selection_decision d JOIN selection_candidate c ON c.application_id = d.application_id
                        WHERE c.national_agency_code = ? AND c.call_year = ? AND c.round_number = ?
                            AND c.action_type = ?""")
                .params(key.nationalAgencyCode(), key.callYear(), key.roundNumber(), key.actionType())
                .query(DecisionRepository::decision).list().stream()
                .collect(Collectors.toMap(Decision::applicationId, Function.identity()));
    }

    /**
     * Saves the decision; false when its letter was issued meanwhile by someone else (nothing is saved then: an
     * issued letter makes the decision final). After the letter is issued only its PDF and mailing are saved.
     */
    public boolean save(Decision decision) {
        UUID id = decision.applicationId().value();
        boolean saved;
        if (!decision.isPersisted()) {
            saved = jdbc.sql("""
                            INSERT INTO selection_decision (application_id, outcome, granted, overridden, reason,
                                decided_by, decided_by_email, decided_at, letter_language, letter_issued_at,
                                letter_sequence, letter_reference, letter_signed_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, decision.outcome().name(), decision.granted(), decision.overridden(),
                            decision.reason(), decision.decidedBy(), decision.decidedByEmail(),
                            Timestamp.from(decision.decidedAt()), decision.letterLanguage().orElse(null),
                            timestamp(decision.letterIssuedAt()), decision.letterSequence(),
                            decision.letterReference(), decision.letterSignedBy())
                    .update() == 1;
        } else if (!decision.wasIssuedWhenLoaded()) {
            saved = jdbc.sql("""
                            UPDATE selection_decision SET outcome = ?, granted = ?, overridden = ?, reason = ?,
                                decided_by = ?, decided_by_email = ?, decided_at = ?, letter_language = ?,
                                letter_issued_at = ?, letter_sequence = ?, letter_reference = ?, letter_signed_by = ?
                            WHERE application_id = ? AND letter_issued_at IS NULL""")
                    .params(decision.outcome().name(), decision.granted(), decision.overridden(), decision.reason(),
                            decision.decidedBy(), decision.decidedByEmail(), Timestamp.from(decision.decidedAt()),
                            decision.letterLanguage().orElse(null), timestamp(decision.letterIssuedAt()),
                            decision.letterSequence(), decision.letterReference(), decision.letterSignedBy(), id)
                    .update() == 1;
        } else {
            jdbc.sql("UPDATE selection_decision SET letter_mailed_at = ? WHERE application_id = ?")
                    .params(timestamp(decision.letterMailedAt()), id).update();
            byte[] pdf = decision.letterToKeep();
            if (pdf != null) {
                jdbc.sql("UPDATE selection_decision SET letter_pdf = ? WHERE application_id = ?").params(pdf, id)
                        .update();
            }
            saved = true;
        }
        if (saved) {
            decision.saved();
        }
        return saved;
    }

    /** The next register number of the agency and call year's letters. */
    LetterReference nextLetterReference(RankingKey key) {
        int sequence = jdbc.sql("""
                        SELECT COALESCE(MAX(d.letter_sequence), 0) FROM selection_decision d
                        JOIN selection_candidate c ON c.application_id = d.application_id
                        WHERE c.national_agency_code = ? AND c.call_year = ?""")
                .params(key.nationalAgencyCode(), key.callYear()).query(Integer.class).single() + 1;
        return new LetterReference(key.nationalAgencyCode(), key.callYear(), sequence);
    }

    /** The issued letter's PDF as it was made and sent. */
    Optional<byte[]> storedLetter(ApplicationId id) {
        return jdbc.sql("SELECT letter_pdf FROM selection_decision WHERE application_id = ? AND letter_pdf IS NOT NULL")
                .param(id.value()).query((row, number) -> row.getBytes(1)).optional();
    }

    private static Decision decision(ResultSet row, int number) throws SQLException {
        BigDecimal granted = row.getBigDecimal("granted");
        int sequence = row.getInt("letter_sequence");
        Integer letterSequence = row.wasNull() ? null : sequence;
        return new Decision(new ApplicationId(row.getObject("application_id", UUID.class)),
                Outcome.valueOf(row.getString("outcome")), granted, row.getBoolean("overridden"),
                row.getString("reason"), row.getObject("decided_by", UUID.class), row.getString("decided_by_email"),
                row.getTimestamp("decided_at").toInstant(), row.getString("letter_language"),
                instant(row.getTimestamp("letter_issued_at")), letterSequence, row.getString("letter_reference"),
                row.getString("letter_signed_by"), instant(row.getTimestamp("letter_mailed_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
