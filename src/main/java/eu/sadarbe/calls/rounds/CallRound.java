package eu.sadarbe.calls.rounds;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import eu.sadarbe.calls.CallRoundId;
import eu.sadarbe.calls.CallRoundSummary;

/** A call round: action types of one call year that may be submitted until a deadline in Brussels time. */
@Table("call_round")
public class CallRound {

    @Id
    private final UUID id;
    private final int callYear;
    private final int roundNumber;
    private final @Nullable String label;
    private @Nullable String labelLv;
    /** Stored as instants (issue 16); the rules and the screens speak of Brussels time, see {@link #brussels}. */
    private Instant deadlineBrussels;
    private @Nullable Instant extendedDeadlineBrussels;
    private @Nullable String extensionReason;
    private @Nullable String extensionReasonLv;
    private final Instant createdAt;
    private final String createdBy;
    @MappedCollection(idColumn = "call_round")
    private final Set<RoundActionType> actionTypes;

    CallRound(UUID id, int callYear, int roundNumber, @Nullable String label, @Nullable String labelLv,
              Instant deadlineBrussels, @Nullable Instant extendedDeadlineBrussels,
              @Nullable String extensionReason, @Nullable String extensionReasonLv, Instant createdAt,
              String createdBy, Set<RoundActionType> actionTypes) {
        this.id = id;
        this.callYear = callYear;
        this.roundNumber = roundNumber;
        this.label = label;
        this.labelLv = labelLv;
        this.deadlineBrussels = deadlineBrussels;
        this.extendedDeadlineBrussels = extendedDeadlineBrussels;
        this.extensionReason = extensionReason;
        this.extensionReasonLv = extensionReasonLv;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.actionTypes = actionTypes;
    }

    public static CallRound open(int callYear, int roundNumber, @Nullable String label, @Nullable String labelLv,
                                 Set<String> actionTypes, LocalDateTime deadlineBrussels, Instant now,
                                 String createdBy) {
        return new CallRound(UUID.randomUUID(), callYear, roundNumber, label, labelLv, instant(deadlineBrussels), null,
                null, null, now, createdBy, actionTypes.stream().map(RoundActionType::new).collect(Collectors.toSet()));
    }

    /** R-SUB-03: moves the deadline of the whole round, e.g. 24.03.2020 → 23.04.2020 in 2020. */
    public void extendTo(LocalDateTime newDeadline, String reason, @Nullable String reasonLv) {
        if (!newDeadline.isAfter(brussels(deadlineBrussels))) {
            throw new ExtensionNotLater(brussels(deadlineBrussels), newDeadline);
        }
        this.extendedDeadlineBrussels = instant(newDeadline);
        this.extensionReason = reason;
        this.extensionReasonLv = reasonLv;
    }

    /**
     * DEMO HOOK, demo data only (issue #14 item 7: still to go): keeps the demo module's open round open for a
     * newcomer whenever the system starts. A round someone extended keeps its extension (R-SUB-03): a restart must
     * never undo a change the page confirmed (issue #12).
     */
    public void keepOpenUntil(LocalDateTime deadline) {
        if (extendedDeadlineBrussels == null && deadline.isAfter(brussels(deadlineBrussels))) {
            this.deadlineBrussels = instant(deadline);
        }
    }

    public int callYear() {
        return callYear;
    }

    public int roundNumber() {
        return roundNumber;
    }

    public @Nullable String label() {
        return label;
    }

    public boolean covers(String actionType) {
        return actionTypes.stream().anyMatch(type -> type.actionTypeCode().equals(actionType));
    }

    public CallRoundSummary toSummary() {
        return new CallRoundSummary(new CallRoundId(id), callYear, roundNumber, label,
                actionTypes.stream().map(RoundActionType::actionTypeCode).sorted(Comparator.naturalOrder()).toList(),
                brussels(deadlineBrussels), extendedDeadlineBrussels == null ? null : brussels(extendedDeadlineBrussels),
                extensionReason, labelLv, extensionReasonLv);
    }

    static Instant instant(LocalDateTime brussels) {
        return brussels.atZone(CallRoundSummary.BRUSSELS).toInstant();
    }

    static LocalDateTime brussels(Instant instant) {
        return LocalDateTime.ofInstant(instant, CallRoundSummary.BRUSSELS);
    }
}
