package eu.sadarbe.selection;

/**
 * What one ranking covers (R-AWD-05): the applications of one National Agency, call year, round and action type.
 */
public record RankingKey(String nationalAgencyCode, int callYear, int roundNumber, String actionType) {
}
