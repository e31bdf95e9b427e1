package eu.sadarbe.statistics.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.statistics.domain.StatisticsRepository.Breakdown;

/** The public statistics for a filter: aggregates computed by the database (see {@link StatisticsRepository}). */
@Service
public class ProgrammeStatistics {

    private final StatisticsRepository statistics;

    ProgrammeStatistics(StatisticsRepository statistics) {
        this.statistics = statistics;
    }

    @Transactional(readOnly = true)
    public StatisticsReport report(StatisticsFilter filter) {
        return new StatisticsReport(filter, statistics.total(filter), statistics.by(Breakdown.ACTION_TYPE, filter),
                statistics.by(Breakdown.FIELD, filter), statistics.by(Breakdown.COUNTRY, filter),
                statistics.cutOffs(filter), statistics.choices());
    }

    /** The figures per call year, round, agency, action type and country: the downloadable table. */
    @Transactional(readOnly = true)
    public List<Cell> cells(StatisticsFilter filter) {
        return statistics.cells(filter);
    }
}
