package eu.sadarbe.statistics.domain;

import java.util.List;

/** The values the filters offer: those present in the statistics, so no choice leads to an empty page. */
public record FilterChoices(List<Integer> callYears, List<Integer> rounds, List<String> agencies,
                            List<String> actionTypes, List<String> fields, List<String> countries) {
}
