package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.selection.RankingKey;

/** Budget envelopes per agency, round and action type, with every change kept ({@code selection_envelope*}). */
@Repository
public class EnvelopeRepository {

    private final JdbcClient jdbc;
    private final ReserveListSizes reserveLists;

    EnvelopeRepository(JdbcClient jdbc, ReserveListSizes reserveLists) {
        this.jdbc = jdbc;
        this.reserveLists = reserveLists;
    }

    public Envelope of(RankingKey key) {
        Optional<Envelope> saved = jdbc.sql("""
                        SELECT amount, reserve_size FROM selection_envelope WHERE national_agency_code = ?
                            AND call_year = ? AND round_number = ? AND action_type = ?""")
                .params(key.nationalAgencyCode(), key.callYear(), key.roundNumber(), key.actionType())
                .query((row, number) -> new Envelope(row.getBigDecimal(1), row.getInt(2), null, null)).optional();
        return saved.map(envelope -> history(key).stream().findFirst()
                        .map(last -> new Envelope(envelope.amount(), envelope.reserveSize(), last.changedBy(),
                                last.changedAt()))
                        .orElse(envelope))
                .orElseGet(() -> Envelope.none(reserveLists.defaultSize(key)));
    }

    void set(RankingKey key, BigDecimal amount, int reserveSize, String by, Instant at) {
        Envelope before = of(key);
        boolean existed = before.setAt() != null;
        if (existed) {
            jdbc.sql("""
                            UPDATE selection_envelope SET amount = ?, reserve_size = ? WHERE national_agency_code = ?
                                AND call_year = ? AND round_number = ? AND action_type = ?""")
                    .params(amount, reserveSize, key.nationalAgencyCode(), key.callYear(), key.roundNumber(),
                            key.actionType()).update();
        } else {
            jdbc.sql("""
                            INSERT INTO selection_envelope (national_agency_code, call_year, round_number, action_type,
                                amount, reserve_size) VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(key.nationalAgencyCode(), key.callYear(), key.roundNumber(), key.actionType(), amount,
                            reserveSize).update();
        }
        jdbc.sql("""
                        INSERT INTO selection_envelope_change (id, national_agency_code, call_year, round_number,
                            action_type, amount_before, amount_after, reserve_size_before, reserve_size_after,
                            changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), key.nationalAgencyCode(), key.callYear(), key.roundNumber(),
                        key.actionType(), existed ? before.amount() : null, amount,
                        existed ? before.reserveSize() : null, reserveSize, by, Timestamp.from(at))
                .update();
    }

    /** Newest first. */
    public List<EnvelopeChange> history(RankingKey key) {
        return jdbc.sql("""
                        SELECT amount_before, amount_after, reserve_size_before, reserve_size_after, changed_by,
                            changed_at FROM selection_envelope_change WHERE national_agency_code = ? AND call_year = ?
                            AND round_number = ? AND action_type = ? ORDER BY changed_at DESC, id""")
                .params(key.nationalAgencyCode(), key.callYear(), key.roundNumber(), key.actionType())
                .query((row, number) -> new EnvelopeChange(row.getBigDecimal(1), row.getBigDecimal(2),
                        (Integer) row.getObject(3, Integer.class), row.getInt(4), row.getString(5),
                        row.getTimestamp(6).toInstant()))
                .list();
    }
}
