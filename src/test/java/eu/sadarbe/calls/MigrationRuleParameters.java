package eu.sadarbe.calls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.LocalisedText;

/**
 * The rule figures of a call year as the calls migrations insert them, read straight from the SQL files: plain
 * tests and benchmarks check the real figures without a database or Spring.
 */
public final class MigrationRuleParameters {

    private static final String FOLDER = "db/migration/calls/";
    private static final Pattern FIGURE = Pattern.compile("\\((\\d{4}), '([^']+)', '([A-Z0-9_]+)', ([0-9.]+), '([CPU])'\\)");
    private static final Pattern BAND = Pattern.compile("\\((\\d{4}), '(MEETING|LEARNING_TRAVEL)', (\\d+), (\\d+|NULL), ([0-9.]+), '([CPU])'\\)");
    private static final Pattern RATE = Pattern.compile("\\((\\d{4}), '([A-Z]{1,2})', '([A-Z_]+)', ([0-9.]+), '([CPU])'\\)");
    private static final Pattern PARTICIPATION = Pattern.compile("\\('([A-Z]{2})', (\\d{4}), '(PROGRAMME|PARTNER)', '([A-Z]{1,2})'\\)");
    private static final Pattern ACTION_TYPE = Pattern.compile("\\('(KA2\\d\\d)', '([A-Z_]+)', '(?:[^']|'')*', '(?:[^']|'')*', (\\d{4}), (\\d{4})\\)");
    private static final Pattern PRIORITY = Pattern.compile("\\('([A-Z]+-[A-Z-]+)', (NULL|'[A-Z_]+'), '(?:[^']|'')*', '(?:[^']|'')*', (\\d{4}), (\\d{4})\\)");
    private static final Map<String, RuleParameters> CACHE = new ConcurrentHashMap<>();

    private MigrationRuleParameters() {
    }

    public static RuleParameters forCall(int callYear, String actionType) {
        return CACHE.computeIfAbsent(callYear + "/" + actionType, key -> load(callYear, actionType));
    }

    private static RuleParameters load(int callYear, String actionType) {
        String figuresSql = read("V6__insert_rule_figures_2014_2020.sql") + read("V7__insert_support_days_and_identifier_figures.sql")
                + read("V70__insert_activity_durations_and_start_window.sql")
                + read("V301__insert_payment_and_transfer_figures.sql") + read("V330__insert_expert_and_reserve_list_figures.sql")
                + read("V340__insert_final_report_reduction_bands.sql");
        Map<RuleFigure, Figure> figures = new EnumMap<>(RuleFigure.class);
        for (String wanted : List.of("*", actionType)) {   // the specific rows win, as in RuleBook
            Matcher row = FIGURE.matcher(figuresSql);
            while (row.find()) {
                if (Integer.parseInt(row.group(1)) == callYear && row.group(2).equals(wanted)) {
                    figures.put(RuleFigure.valueOf(row.group(3)), figure(row.group(4), row.group(5)));
                }
            }
        }
        List<DistanceBand> bands = new ArrayList<>();
        Matcher band = BAND.matcher(figuresSql);
        while (band.find()) {
            if (Integer.parseInt(band.group(1)) == callYear) {
                bands.add(new DistanceBand(DistancePurpose.valueOf(band.group(2)), Integer.parseInt(band.group(3)),
                        band.group(4).equals("NULL") ? null : Integer.valueOf(band.group(4)),
                        new BigDecimal(band.group(5)).setScale(2), FigureStatus.ofFlag(band.group(6))));
            }
        }
        Map<String, Map<StaffCategory, Figure>> rates = new HashMap<>();
        Matcher rate = RATE.matcher(figuresSql.substring(figuresSql.indexOf("INSERT INTO rule_io_day_rate")));
        while (rate.find()) {
            if (Integer.parseInt(rate.group(1)) == callYear) {
                rates.computeIfAbsent(rate.group(2), group -> new EnumMap<>(StaffCategory.class))
                        .put(StaffCategory.valueOf(rate.group(3)), figure(rate.group(4), rate.group(5)));
            }
        }
        Map<CountryCode, Country> countries = new HashMap<>();
        Matcher participation = PARTICIPATION.matcher(read("V2__insert_countries.sql"));
        while (participation.find()) {
            if (Integer.parseInt(participation.group(2)) == callYear) {
                CountryCode code = CountryCode.of(participation.group(1));
                countries.put(code, new Country(code, new LocalisedText(code.value(), code.value()), callYear,
                        Participation.valueOf(participation.group(3)), participation.group(4)));
            }
        }
        String actionTypesSql = read("V3__insert_action_types_and_priorities.sql");
        Map<String, Priority> priorities = new HashMap<>();
        Matcher priority = PRIORITY.matcher(actionTypesSql);
        while (priority.find()) {
            int first = Integer.parseInt(priority.group(3));
            int last = Integer.parseInt(priority.group(4));
            if (callYear >= first && callYear <= last) {
                String field = priority.group(2).equals("NULL") ? null : priority.group(2).replace("'", "");
                priorities.put(priority.group(1), new Priority(priority.group(1), field,
                        new LocalisedText(priority.group(1), priority.group(1)), first, last));
            }
        }
        ActionType ofCall = null;
        Matcher type = ACTION_TYPE.matcher(actionTypesSql);
        while (type.find()) {
            if (type.group(1).equals(actionType)) {
                ofCall = new ActionType(type.group(1), type.group(2), new LocalisedText(actionType, actionType),
                        Integer.parseInt(type.group(3)), Integer.parseInt(type.group(4)));
            }
        }
        return new RuleParameters(callYear, actionType, figures, bands, rates, countries, priorities, ofCall);
    }

    private static Figure figure(String amount, String flag) {
        return new Figure(new BigDecimal(amount), FigureStatus.ofFlag(flag));
    }

    private static String read(String file) {
        try (InputStream in = MigrationRuleParameters.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("No migration " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
