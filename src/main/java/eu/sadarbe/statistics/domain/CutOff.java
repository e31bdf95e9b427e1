package eu.sadarbe.statistics.domain;

/**
 * One ranking's cut-off (R-AWD-05): the lowest final score among the applications the agency selected in its call
 * year, round and action type. Suppressed when fewer than {@link Figures#SMALLEST_GROUP} were selected.
 */
public record CutOff(String agency, int callYear, int round, String actionType, long selected, Figure score) {
}
