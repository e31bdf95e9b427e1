package eu.sadarbe.statistics.domain;

import java.util.List;

/**
 * The statistics for one filter: the funnel of all its applications, the same by action type, field and country,
 * the cut-off score of each ranking with decisions, and what the filters may choose from.
 */
public record StatisticsReport(StatisticsFilter filter, Figures total, List<Group> byActionType, List<Group> byField,
                               List<Group> byCountry, List<CutOff> cutOffs, FilterChoices choices) {
}
