package eu.sadarbe.calls;

import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.calls.rounds.CallRound;
import eu.sadarbe.calls.rounds.CallRoundRepository;

/**
 * Call rounds and their deadlines: defined by an administrator (programme-wide), extended for the whole round
 * when the Commission moves a deadline (R-SUB-03), and asked by submission whether a round is still open
 * (R-SUB-01) — always on the injected clock.
 */
@Service
public class CallRounds {

    private final CallRoundRepository rounds;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final Clock clock;

    CallRounds(CallRoundRepository rounds, JdbcAggregateTemplate aggregates, JdbcClient jdbc, ReferenceData reference,
               Clock clock) {
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.aggregates = aggregates;
        this.reference = reference;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CallRoundSummary> all() {
        return rounds.findAll().stream().map(CallRound::toSummary)
                .sorted(Comparator.comparing(CallRoundSummary::effectiveDeadline).reversed())
                .toList();
    }

    /** The rounds open now on the server's clock, soonest deadline first. */
    @Transactional(readOnly = true)
    public List<CallRoundSummary> openNow() {
        Instant now = clock.instant();
        return all().stream().filter(round -> round.isOpenAt(now))
                .sorted(Comparator.comparing(CallRoundSummary::effectiveDeadline))
                .toList();
    }

    /**
     * One round, read with two plain queries: every autosave and submission asks, and the repository's generated
     * SQL cost more CPU than the database's work (issue #7).
     */
    @Transactional(readOnly = true)
    public Optional<CallRoundSummary> find(CallRoundId id) {
        List<String> actionTypes = jdbc.sql("""
                        SELECT action_type_code FROM call_round_action_type WHERE call_round = ?
                        ORDER BY action_type_code""")
                .param(id.value()).query(String.class).list();
        return jdbc.sql("""
                        SELECT call_year, round_number, label, deadline_brussels, extended_deadline_brussels,
                               extension_reason, label_lv, extension_reason_lv
                        FROM call_round WHERE id = ?""")
                .param(id.value())
                .query((row, number) -> new CallRoundSummary(id, row.getInt("call_year"), row.getInt("round_number"),
                        row.getString("label"), actionTypes,
                        brussels(row.getObject("deadline_brussels", OffsetDateTime.class)),
                        brussels(row.getObject("extended_deadline_brussels", OffsetDateTime.class)),
                        row.getString("extension_reason"), row.getString("label_lv"),
                        row.getString("extension_reason_lv")))
                .optional();
    }

    @Transactional
    public CallRoundSummary define(int callYear, int roundNumber, @Nullable String label, Set<String> actionTypes,
                                   LocalDateTime deadlineBrussels, String definedBy) {
        return define(callYear, roundNumber, label, null, actionTypes, deadlineBrussels, definedBy);
    }

    /** A new round with its name in English and in Latvian (either may be null). */
    @Transactional
    public CallRoundSummary define(int callYear, int roundNumber, @Nullable String label, @Nullable String labelLv,
                                   Set<String> actionTypes, LocalDateTime deadlineBrussels, String definedBy) {
        if (!CallYears.isKnown(callYear)) {
            throw new UnknownCallYear(callYear);
        }
        List<String> open = reference.actionTypes(callYear).stream().map(ActionType::code).toList();
        for (String actionType : actionTypes) {
            if (!open.contains(actionType)) {
                throw new ActionTypeNotInCall(actionType, callYear);
            }
        }
        for (CallRound existing : rounds.findByCallYearAndRoundNumber(callYear, roundNumber)) {
            actionTypes.stream().filter(existing::covers).findFirst().ifPresent(actionType -> {
                throw new RoundExistsAlready(callYear, roundNumber, actionType);
            });
        }
        CallRound round = CallRound.open(callYear, roundNumber, label, labelLv, actionTypes, deadlineBrussels,
                clock.instant(), definedBy);
        return aggregates.insert(round).toSummary();
    }

    /**
     * R-SUB-03: the whole round gets a later deadline, with the reason shown to everyone and who extended it and
     * when kept (issue 12).
     */
    @Transactional
    public CallRoundSummary extend(CallRoundId id, LocalDateTime newDeadlineBrussels, String reason,
                                   String extendedBy) {
        return extend(id, newDeadlineBrussels, reason, null, extendedBy);
    }

    /** R-SUB-03 with the reason in English and in Latvian (the Latvian one may be null). */
    @Transactional
    public CallRoundSummary extend(CallRoundId id, LocalDateTime newDeadlineBrussels, String reason,
                                   @Nullable String reasonLv, String extendedBy) {
        CallRound round = rounds.findById(id.value()).orElseThrow(() -> new CallRoundNotFound(id));
        round.extendTo(newDeadlineBrussels, reason, reasonLv);
        CallRoundSummary extended = rounds.save(round).toSummary();
        jdbc.sql("""
                        INSERT INTO call_round_extension (id, call_round, deadline_brussels, reason, extended_by,
                            extended_at, reason_lv) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id.value(), newDeadlineBrussels.atZone(CallRoundSummary.BRUSSELS).toOffsetDateTime(),
                        reason, extendedBy,
                        Timestamp.from(clock.instant()), reasonLv)
                .update();
        return extended;
    }

    /** Who defined each round and when, with its extensions, for the rounds page. */
    @Transactional(readOnly = true)
    public Map<CallRoundId, RoundHistory> histories() {
        Map<CallRoundId, List<RoundExtension>> extensions = new HashMap<>();
        jdbc.sql("""
                        SELECT call_round, deadline_brussels, reason, extended_by, extended_at, reason_lv
                        FROM call_round_extension ORDER BY deadline_brussels""")
                .query((row, number) -> {
                    Timestamp at = row.getTimestamp("extended_at");
                    extensions.computeIfAbsent(new CallRoundId(row.getObject("call_round", UUID.class)),
                            key -> new ArrayList<>()).add(new RoundExtension(
                            brussels(row.getObject("deadline_brussels", OffsetDateTime.class)), row.getString("reason"),
                            row.getString("extended_by"), at == null ? null : at.toInstant(),
                            row.getString("reason_lv")));
                    return number;
                }).list();
        Map<CallRoundId, RoundHistory> histories = new HashMap<>();
        jdbc.sql("SELECT id, created_by, created_at FROM call_round")
                .query((row, number) -> {
                    CallRoundId id = new CallRoundId(row.getObject("id", UUID.class));
                    histories.put(id, new RoundHistory(row.getString("created_by"),
                            row.getTimestamp("created_at").toInstant(), extensions.getOrDefault(id, List.of())));
                    return number;
                }).list();
        return histories;
    }

    /** Deadlines are stored as instants (issue 16) and spoken of in Brussels time. */
    private static @Nullable LocalDateTime brussels(@Nullable OffsetDateTime stored) {
        return stored == null ? null : LocalDateTime.ofInstant(stored.toInstant(), CallRoundSummary.BRUSSELS);
    }
}
