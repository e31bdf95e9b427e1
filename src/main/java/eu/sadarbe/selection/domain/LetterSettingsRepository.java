package eu.sadarbe.selection.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agencies' letter settings ({@code selection_letter_setting}). */
@Repository
public class LetterSettingsRepository {

    private final JdbcClient jdbc;

    LetterSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LetterSettings> all() {
        return jdbc.sql("SELECT * FROM selection_letter_setting ORDER BY agency_code")
                .query(LetterSettingsRepository::settings).list();
    }

    public Optional<LetterSettings> of(String agencyCode) {
        return jdbc.sql("SELECT * FROM selection_letter_setting WHERE agency_code = ?").param(agencyCode)
                .query(LetterSettingsRepository::settings).optional();
    }

    void save(LetterSettings settings) {
        Object[] values = {settings.contestEn(), settings.contestLv(), settings.signatoryPositionEn(),
                settings.signatoryPositionLv(), settings.confirmed(), settings.changedBy(),
                settings.changedAt() == null ? null : Timestamp.from(settings.changedAt()), settings.agencyCode()};
        int updated = jdbc.sql("""
                        UPDATE selection_letter_setting SET contest_en = ?, contest_lv = ?, signatory_position_en = ?,
                            signatory_position_lv = ?, confirmed = ?, changed_by = ?, changed_at = ?
                        WHERE agency_code = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO selection_letter_setting (contest_en, contest_lv, signatory_position_en,
                                signatory_position_lv, confirmed, changed_by, changed_at, agency_code)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
    }

    private static LetterSettings settings(ResultSet row, int number) throws SQLException {
        Timestamp changed = row.getTimestamp("changed_at");
        Instant at = changed == null ? null : changed.toInstant();
        return new LetterSettings(row.getString("agency_code"), row.getString("contest_en"),
                row.getString("contest_lv"), row.getString("signatory_position_en"),
                row.getString("signatory_position_lv"), row.getBoolean("confirmed"), row.getString("changed_by"), at);
    }
}
