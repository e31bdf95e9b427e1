package eu.sadarbe.calls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import eu.sadarbe.shared.CountryCode;

/**
 * The figures of the programme's rules by call year and action type (R-GEN-01). Each node loads a call year's
 * figures once and keeps them until an administrator corrects one: a correction bumps a revision in the
 * database, which every node looks at no more than every few seconds — never per rule or per check.
 */
@Service
public class RuleBook {

    static final Duration REVISION_CHECK_INTERVAL = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final Clock clock;
    private final Map<String, RuleParameters> cache = new ConcurrentHashMap<>();
    private final Map<String, RuleParameters> past = new ConcurrentHashMap<>();
    private final Map<Integer, List<NationalAgency>> agencies = new ConcurrentHashMap<>();
    /** The key of {@link #agencies} for every agency, whatever the call year. */
    private static final int EVERY_YEAR = 0;
    private volatile long knownRevision = -1;
    private volatile Instant revisionCheckedAt = Instant.MIN;

    RuleBook(JdbcClient jdbc, ReferenceData reference, Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.clock = clock;
    }

    /** The figures for one call year and action type; {@link UnknownCallYear} outside 2014–2020. */
    public RuleParameters parametersFor(int callYear, String actionType) {
        if (!CallYears.isKnown(callYear)) {
            throw new UnknownCallYear(callYear);
        }
        forgetIfCorrectedElsewhere();
        return cache.computeIfAbsent(callYear + "/" + actionType,
                key -> load(callYear, actionType, FiguresAtRevision.current()));
    }

    /** The revision of the figures in force now, read from the database: a submission keeps it (issue 13, item 14). */
    public long currentRevision() {
        return jdbc.sql("SELECT revision FROM rule_figure_revision WHERE id = 1").query(Long.class).single();
    }

    /**
     * The figures for one call year and action type as they were at {@code revision}: today's figures with every
     * later correction undone (issue 13, item 14). A past revision's figures never change, so each node keeps them.
     */
    public RuleParameters parametersAt(int callYear, String actionType, long revision) {
        if (!CallYears.isKnown(callYear)) {
            throw new UnknownCallYear(callYear);
        }
        forgetIfCorrectedElsewhere();
        if (revision > knownRevision) {   // corrected on another node in the last few seconds
            revisionCheckedAt = Instant.MIN;
            forgetIfCorrectedElsewhere();
        }
        if (revision == knownRevision) {
            return parametersFor(callYear, actionType);
        }
        return past.computeIfAbsent(callYear + "/" + actionType + "@" + revision,
                key -> load(callYear, actionType, FiguresAtRevision.of(jdbc, callYear, revision)));
    }

    /**
     * R-ELIG-09: the agency of the applicant's country that receives this action type in the call year, if there is
     * one — {@link ReferenceData#agencyFor} from this node's copy, kept like the figures, for the check that runs on
     * every keystroke's autosave.
     */
    public Optional<NationalAgency> agencyFor(CountryCode applicantCountry, String actionType, int callYear) {
        if (!CallYears.isKnown(callYear)) {
            throw new UnknownCallYear(callYear);
        }
        forgetIfCorrectedElsewhere();
        return agencies.computeIfAbsent(callYear, year -> reference.nationalAgencies(year, null)).stream()
                .filter(agency -> agency.country().equals(applicantCountry) && agency.handles(actionType))
                .findFirst();
    }

    /**
     * The agency with this code, from this node's copy of all agencies (kept like the figures): for the name a
     * receipt e-mail gives, which read every agency from the database for each submission before (issue 21).
     */
    public Optional<NationalAgency> agency(String code) {
        forgetIfCorrectedElsewhere();
        return agencies.computeIfAbsent(EVERY_YEAR, year -> reference.nationalAgencies(null, null)).stream()
                .filter(agency -> agency.code().equals(code))
                .findFirst();
    }

    /** Drops this node's copies after a correction made here. */
    public void forget() {
        cache.clear();
        past.clear();
        agencies.clear();
        revisionCheckedAt = Instant.MIN;
    }

    private void forgetIfCorrectedElsewhere() {
        Instant now = clock.instant();
        if (now.isBefore(revisionCheckedAt.plus(REVISION_CHECK_INTERVAL))) {
            return;
        }
        long revision = jdbc.sql("SELECT revision FROM rule_figure_revision WHERE id = 1").query(Long.class).single();
        if (revision != knownRevision) {
            cache.clear();
            past.clear();
            agencies.clear();
            knownRevision = revision;
        }
        revisionCheckedAt = now;
    }

    private RuleParameters load(int callYear, String actionType, FiguresAtRevision history) {
        Map<RuleFigure, Figure> figures = new EnumMap<>(RuleFigure.class);
        jdbc.sql("""
                        SELECT action_type, name, amount, status FROM rule_figure
                        WHERE call_year = :callYear AND action_type IN ('*', :actionType)
                        ORDER BY CASE WHEN action_type = '*' THEN 0 ELSE 1 END""")
                .param("callYear", callYear).param("actionType", actionType)
                .query((rs, row) -> Map.entry(rs.getString("name"), history.figure(
                        callYear + "/" + rs.getString("action_type") + "/" + rs.getString("name"),
                        new Figure(rs.getBigDecimal("amount"), FigureStatus.ofFlag(rs.getString("status"))))))
                .list()
                .forEach(entry -> entry.getValue().ifPresent(figure -> known(entry.getKey())
                        .ifPresent(name -> figures.put(name, figure))));   // specific rows come last and win
        List<DistanceBand> bands = jdbc.sql("""
                        SELECT purpose, from_km, to_km, amount, status FROM rule_distance_band
                        WHERE call_year = :callYear ORDER BY purpose, from_km""")
                .param("callYear", callYear)
                .query((rs, row) -> {
                    Figure figure = history.figure(callYear + "/" + rs.getString("purpose") + "/"
                                    + rs.getInt("from_km") + "km",
                            new Figure(rs.getBigDecimal("amount"), FigureStatus.ofFlag(rs.getString("status"))))
                            .orElseThrow();
                    return new DistanceBand(DistancePurpose.valueOf(rs.getString("purpose")), rs.getInt("from_km"),
                            (Integer) rs.getObject("to_km", Integer.class), figure.amount(), figure.status());
                })
                .list();
        Map<String, Map<StaffCategory, Figure>> rates = new HashMap<>();
        jdbc.sql("SELECT rate_group, staff_category, amount, status FROM rule_io_day_rate WHERE call_year = :callYear")
                .param("callYear", callYear)
                .query((rs, row) -> {
                    rates.computeIfAbsent(rs.getString("rate_group"), group -> new EnumMap<>(StaffCategory.class))
                            .put(StaffCategory.valueOf(rs.getString("staff_category")), history.figure(
                                    callYear + "/IO/" + rs.getString("rate_group") + "/"
                                            + rs.getString("staff_category"),
                                    new Figure(rs.getBigDecimal("amount"), FigureStatus.ofFlag(rs.getString("status"))))
                                    .orElseThrow());
                    return null;
                })
                .list();
        Map<CountryCode, Country> countries = reference.countries(callYear).stream().map(history::country)
                .collect(Collectors.toMap(Country::code, Function.identity()));
        Map<String, Priority> priorities = reference.priorities(callYear, null).stream()
                .collect(Collectors.toMap(Priority::code, Function.identity()));
        ActionType ofCall = reference.actionTypes(null).stream().filter(type -> type.code().equals(actionType))
                .findFirst().orElse(null);
        return new RuleParameters(callYear, actionType, figures, bands, rates, countries, priorities, ofCall);
    }

    private static Optional<RuleFigure> known(String name) {
        try {
            return Optional.of(RuleFigure.valueOf(name));
        } catch (IllegalArgumentException retiredOrFuture) {
            return Optional.empty();
        }
    }
}
