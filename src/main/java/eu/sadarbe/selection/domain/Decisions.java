package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.selection.RankingKey;

/** Decisions and their letters ({@code selection_decision}). */
@Repository
public class Decisions {

    private final JdbcClient jdbc;

    Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Decision decision) {
        int updated = jdbc.sql("""
                        UPDATE selection_decision SET outcome = ?, granted = ?, overridden = ?, reason = ?,
                            decided_by = ?, decided_by_email = ?, decided_at = ? WHERE application_id = ?""")
                .params(decision.outcome().name(), decision.granted(), decision.overridden(), decision.reason(),
                        decision.decidedBy(), decision.decidedByEmail(), Timestamp.from(decision.decidedAt()),
                        decision.applicationId().value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO selection_decision (application_id, outcome, granted, overridden, reason,
                                decided_by, decided_by_email, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(decision.applicationId().value(), decision.outcome().name(), decision.granted(),
                            decision.overridden(), decision.reason(), decision.decidedBy(), decision.decidedByEmail(),
                            Timestamp.from(decision.decidedAt()))
                    .update();
        }
    }

    /**
     * True when this call issued the letter with the next register number of the agency and call year; false when it
     * was issued before (a letter goes out once). The language the officer chose before stays.
     */
    boolean issueLetter(ApplicationId id, RankingKey key, String language, String signedBy, Instant at) {
        int sequence = jdbc.sql("""
                        SELECT COALESCE(MAX(d.letter_sequence), 0) FROM selection_decision d
                        JOIN selection_candidate c ON c.application_id = d.application_id
                        WHERE c.national_agency_code = ? AND c.call_year = ?""")
                .params(key.nationalAgencyCode(), key.callYear()).query(Integer.class).single() + 1;
        LetterReference reference = new LetterReference(key.nationalAgencyCode(), key.callYear(), sequence);
        return jdbc.sql("UPDATE selection_decision SET letter_issued_at = ?, "
                        + "letter_language = COALESCE(letter_language, ?), letter_sequence = ?, letter_reference = ?, "
                        + "letter_signed_by = ? WHERE application_id = ? AND letter_issued_at IS NULL")
                .params(Timestamp.from(at), language, sequence, reference.toString(), signedBy, id.value())
                .update() == 1;
    }

    /** The officer's choice of the letter's language, while the letter is not issued; false when it is. */
    boolean chooseLanguage(ApplicationId id, String language) {
        return jdbc.sql("UPDATE selection_decision SET letter_language = ? "
                        + "WHERE application_id = ? AND letter_issued_at IS NULL")
                .params(language, id.value()).update() == 1;
    }

    /** The letter's reference and signatory, once issued. */
    Optional<IssuedLetter> issued(ApplicationId id) {
        return jdbc.sql("SELECT letter_reference, letter_signed_by FROM selection_decision "
                        + "WHERE application_id = ? AND letter_reference IS NOT NULL")
                .param(id.value())
                .query((row, number) -> new IssuedLetter(row.getString(1), row.getString(2))).optional();
    }

    /** The register number and the signatory of an issued letter. */
    record IssuedLetter(String reference, String signedBy) {
    }

    void storeLetter(ApplicationId id, byte[] pdf) {
        jdbc.sql("UPDATE selection_decision SET letter_pdf = ? WHERE application_id = ?").params(pdf, id.value())
                .update();
    }

    void letterMailed(ApplicationId id, Instant at) {
        jdbc.sql("UPDATE selection_decision SET letter_mailed_at = ? WHERE application_id = ?")
                .params(Timestamp.from(at), id.value()).update();
    }

    Optional<byte[]> storedLetter(ApplicationId id) {
        return jdbc.sql("SELECT letter_pdf FROM selection_decision WHERE application_id = ? AND letter_pdf IS NOT NULL")
                .param(id.value()).query((row, number) -> row.getBytes(1)).optional();
    }

    public Optional<String> letterLanguage(ApplicationId id) {
        return jdbc.sql("SELECT letter_language FROM selection_decision WHERE application_id = ? "
                        + "AND letter_language IS NOT NULL")
                .param(id.value()).query(String.class).optional();
    }

    public Optional<Decision> find(ApplicationId id) {
        return jdbc.sql("SELECT * FROM selection_decision WHERE application_id = ?").param(id.value())
                .query(Decisions::decision).optional();
    }

    public Map<ApplicationId, Decision> of(RankingKey key) {
        return jdbc.sql("""
                        SELECT d.* FROM selection_decision d JOIN selection_candidate c
                            ON c.application_id = d.application_id
                        WHERE c.national_agency_code = ? AND c.call_year = ? AND c.round_number = ?
                            AND c.action_type = ?""")
                .params(key.nationalAgencyCode(), key.callYear(), key.roundNumber(), key.actionType())
                .query(Decisions::decision).list().stream()
                .collect(Collectors.toMap(Decision::applicationId, Function.identity()));
    }

    private static Decision decision(ResultSet row, int number) throws SQLException {
        Timestamp issued = row.getTimestamp("letter_issued_at");
        Timestamp mailed = row.getTimestamp("letter_mailed_at");
        BigDecimal granted = row.getBigDecimal("granted");
        return new Decision(new ApplicationId(row.getObject("application_id", UUID.class)),
                Outcome.valueOf(row.getString("outcome")), granted, row.getBoolean("overridden"),
                row.getString("reason"), row.getObject("decided_by", UUID.class), row.getString("decided_by_email"),
                row.getTimestamp("decided_at").toInstant(), issued == null ? null : issued.toInstant(),
                mailed == null ? null : mailed.toInstant());
    }
}
