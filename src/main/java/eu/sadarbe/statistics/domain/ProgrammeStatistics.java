package eu.sadarbe.statistics.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.calls.ActionType;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;

/**
 * The public statistics for a filter. The listeners keep the sums per cell (call year, round, agency, action type,
 * field and country) and the filter's cells are read ({@link StatisticsRepository#cells}); the total, the breakdowns by action type, field and country and each
 * ranking's cut-off are added up here from those cells — groups, never application rows — and only then published,
 * so suppression applies to the group shown. The filter choices come from the reference data (no scan).
 */
@Service
public class ProgrammeStatistics {

    private static final Comparator<RawCell> RANKING_ORDER = Comparator.comparing(RawCell::callYear).reversed()
            .thenComparing(RawCell::round).thenComparing(RawCell::agency).thenComparing(RawCell::actionType);

    private final StatisticsRepository statistics;
    private final ReferenceData reference;
    private final CallRounds rounds;

    ProgrammeStatistics(StatisticsRepository statistics, ReferenceData reference, CallRounds rounds) {
        this.statistics = statistics;
        this.reference = reference;
        this.rounds = rounds;
    }

    @Transactional(readOnly = true)
    public StatisticsReport report(StatisticsFilter filter) {
        List<RawCell> cells = statistics.cells(filter);
        Tally total = cells.stream().map(RawCell::tally).reduce(Tally.NONE, Tally::plus);
        return new StatisticsReport(filter, total.figures(), groups(cells, RawCell::actionType),
                groups(cells, RawCell::field), groups(cells, RawCell::country), cutOffs(cells), choices());
    }

    /** The figures per call year, round, agency, action type and country: the downloadable table. */
    @Transactional(readOnly = true)
    public List<Cell> cells(StatisticsFilter filter) {
        return statistics.cells(filter).stream().map(cell -> new Cell(cell.callYear(), cell.round(), cell.agency(),
                cell.actionType(), cell.field(), cell.country(), cell.tally().figures())).toList();
    }

    private static List<Group> groups(List<RawCell> cells, Function<RawCell, String> key) {
        Map<String, Tally> groups = new TreeMap<>();
        for (RawCell cell : cells) {
            String value = key.apply(cell);
            groups.merge(value == null ? "" : value, cell.tally(), Tally::plus);
        }
        return groups.entrySet().stream().map(group -> new Group(group.getKey(), group.getValue().figures()))
                .toList();
    }

    private static List<CutOff> cutOffs(List<RawCell> cells) {
        Map<RawCell, Tally> rankings = new TreeMap<>(RANKING_ORDER);
        for (RawCell cell : cells) {
            rankings.merge(cell, cell.tally(), Tally::plus);
        }
        List<CutOff> cutOffs = new ArrayList<>();
        rankings.forEach((ranking, tally) -> {
            if (tally.hasDecisions()) {
                cutOffs.add(new CutOff(ranking.agency(), ranking.callYear(), ranking.round(), ranking.actionType(),
                        tally.selected(), tally.cutOff()));
            }
        });
        return cutOffs;
    }

    private FilterChoices choices() {
        List<Integer> years = new ArrayList<>();
        for (int year = CallYears.LAST; year >= CallYears.FIRST; year--) {
            years.add(year);
        }
        List<ActionType> types = reference.actionTypes(null);
        return new FilterChoices(years,
                List.copyOf(rounds.all().stream().map(CallRoundSummary::roundNumber)
                        .collect(TreeSet<Integer>::new, TreeSet::add, TreeSet::addAll)),
                reference.nationalAgencies(null, null).stream().map(NationalAgency::code).toList(),
                types.stream().map(ActionType::code).toList(),
                List.copyOf(types.stream().map(ActionType::field)
                        .collect(java.util.LinkedHashSet<String>::new, java.util.Set::add, java.util.Set::addAll)),
                reference.countries(CallYears.LAST).stream().filter(country -> country.isProgrammeCountry())
                        .map(country -> country.code().value()).sorted().toList());
    }
}
