package eu.sadarbe.grants;

/** A call year, round and action type that an agency has agreements in force in: what monitoring filters by. */
public record AgreementRound(int callYear, int roundNumber, String actionType) {
}
