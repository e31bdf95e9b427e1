package eu.sadarbe.calls;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.shared.CountryCode;

/**
 * Every figure the rules need for one call year and action type (R-GEN-01): loaded once, then read many times
 * without touching the database.
 */
public record RuleParameters(int callYear, String actionType, Map<RuleFigure, Figure> figures,
                             List<DistanceBand> distanceBands, Map<String, Map<StaffCategory, Figure>> ioDayRates,
                             Map<CountryCode, Country> countries, Map<String, Priority> priorities,
                             @Nullable ActionType actionTypeOfCall) {

    public RuleParameters {
        figures = Map.copyOf(figures);
        distanceBands = List.copyOf(distanceBands);
        ioDayRates = Map.copyOf(ioDayRates);
        countries = Map.copyOf(countries);
        priorities = Map.copyOf(priorities);
    }

    /** Figures and countries only: no priorities to check and every action type taken as open. */
    public RuleParameters(int callYear, String actionType, Map<RuleFigure, Figure> figures,
                          List<DistanceBand> distanceBands, Map<String, Map<StaffCategory, Figure>> ioDayRates,
                          Map<CountryCode, Country> countries) {
        this(callYear, actionType, figures, distanceBands, ioDayRates, countries, Map.of(), null);
    }

    /** Whether the action type was open in this call (KA229 only in the calls 2018–2020). */
    public boolean isActionTypeOpen() {
        return actionTypeOfCall == null || actionTypeOfCall.isOpenIn(callYear);
    }

    /** R-ELIG-08: the priorities of this call year by code (none for call years whose codes Sadarbe does not hold). */
    public Optional<Priority> priority(String code) {
        return Optional.ofNullable(priorities.get(code));
    }

    /** R-ELIG-08: a horizontal priority, or a field-specific one of the action type's field. */
    public boolean fitsActionType(Priority priority) {
        return priority.isHorizontal() || actionTypeOfCall == null || priority.field().equals(actionTypeOfCall.field());
    }

    public Figure figure(RuleFigure name) {
        Figure figure = figures.get(name);
        if (figure == null) {
            throw new MissingRuleFigure(callYear, actionType, name.name());
        }
        return figure;
    }

    public Optional<Figure> optionalFigure(RuleFigure name) {
        return Optional.ofNullable(figures.get(name));
    }

    public BigDecimal amount(RuleFigure name) {
        return figure(name).amount();
    }

    public int whole(RuleFigure name) {
        return figure(name).whole();
    }

    public Optional<DistanceBand> band(DistancePurpose purpose, int distanceKm) {
        return distanceBands.stream()
                .filter(band -> band.purpose() == purpose && band.contains(distanceKm))
                .findFirst();
    }

    public List<DistanceBand> bands(DistancePurpose purpose) {
        return distanceBands.stream().filter(band -> band.purpose() == purpose).toList();
    }

    public Optional<Country> country(CountryCode code) {
        return Optional.ofNullable(countries.get(code));
    }

    public boolean isProgrammeCountry(CountryCode code) {
        return country(code).map(Country::isProgrammeCountry).orElse(false);
    }

    /** R-FIN-05: the day rate of a staff category employed in this country, by the country's group. */
    public Optional<Figure> ioDayRate(CountryCode employerCountry, StaffCategory category) {
        return country(employerCountry)
                .map(Country::ioRateGroup)
                .map(ioDayRates::get)
                .map(rates -> rates.get(category));
    }
}
