package eu.sadarbe.calls.rounds;

import org.springframework.data.relational.core.mapping.Table;

/** An action type that a call round is open for. */
@Table("call_round_action_type")
record RoundActionType(String actionTypeCode) {
}
