package eu.sadarbe.calls.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.calls.CountryChoices;
import eu.sadarbe.calls.ActionType;
import eu.sadarbe.calls.Country;
import eu.sadarbe.calls.Participation;
import eu.sadarbe.calls.UnknownCallYear;
import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.DistanceBand;
import eu.sadarbe.calls.DistancePurpose;
import eu.sadarbe.calls.FigureStatus;
import eu.sadarbe.calls.Figure;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.calls.domain.RateGroupNotForParticipation;
import eu.sadarbe.calls.domain.RuleFigureCorrections;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.InvalidCountryCode;

/**
 * The administrator's view of every rule figure of a call year and action type (R-GEN-01), with their
 * confirmation status, a correction form and the history of corrections.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RuleFiguresPageController {

    private final RuleBook rules;
    private final ReferenceData reference;
    private final RuleFigureCorrections corrections;

    RuleFiguresPageController(RuleBook rules, ReferenceData reference, RuleFigureCorrections corrections) {
        this.rules = rules;
        this.reference = reference;
        this.corrections = corrections;
    }

    @GetMapping("/admin/rule-figures")
    String figures(@RequestParam(required = false) @Nullable Integer callYear,
                   @RequestParam(required = false) @Nullable String actionType, Model model) {
        int year = callYear != null && CallYears.isKnown(callYear) ? callYear : CallYears.LAST;
        List<String> types = reference.actionTypes(year).stream().map(ActionType::code).toList();
        String type = actionType != null && types.contains(actionType) ? actionType : types.get(0);
        RuleParameters parameters = rules.parametersFor(year, type);
        model.addAttribute("callYear", year);
        model.addAttribute("actionType", type);
        model.addAttribute("callYears", IntStream.rangeClosed(CallYears.FIRST, CallYears.LAST).boxed().toList());
        model.addAttribute("actionTypes", types);
        model.addAttribute("figures", Arrays.stream(RuleFigure.values())
                .filter(name -> parameters.optionalFigure(name).isPresent())
                .map(name -> new FigureRow(name, parameters.figure(name)))
                .toList());
        model.addAttribute("bands", parameters.distanceBands());
        model.addAttribute("dayRates", parameters.ioDayRates().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .flatMap(group -> Arrays.stream(StaffCategory.values())
                        .filter(group.getValue()::containsKey)
                        .map(category -> new DayRateRow(group.getKey(), category, group.getValue().get(category))))
                .toList());
        model.addAttribute("countries", CountryChoices.sorted(List.copyOf(parameters.countries().values()),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("history", corrections.history(50));
        return "calls/rule-figures";
    }

    @GetMapping("/admin/rule-figures/{callYear}/{actionType}/{name}")
    String figureCorrection(@PathVariable int callYear, @PathVariable String actionType, @PathVariable RuleFigure name,
                            Model model) {
        Figure current = rules.parametersFor(callYear, actionType).figure(name);
        model.addAttribute("form", new CorrectionForm(current.amount(), current.status(), "", Boolean.FALSE));
        return correctionPage(figureTarget(callYear, actionType, name, current), model);
    }

    @PostMapping("/admin/rule-figures/{callYear}/{actionType}/{name}")
    String correctFigure(@PathVariable int callYear, @PathVariable String actionType, @PathVariable RuleFigure name,
                         @Valid @ModelAttribute("form") CorrectionForm form, BindingResult errors, Model model,
                         Authentication admin, RedirectAttributes redirect) {
        Figure current = rules.parametersFor(callYear, actionType).figure(name);
        if (errors.hasErrors()) {
            return correctionPage(figureTarget(callYear, actionType, name, current), model);
        }
        corrections.correctFigure(callYear, form.appliesToAllActionTypes() ? "*" : actionType, name, form.amount(),
                form.status(), form.reason().strip(), admin.getName());
        return corrected(callYear, actionType, name.ruleId() + " " + name.name(), redirect);
    }

    @GetMapping("/admin/rule-figures/{callYear}/{actionType}/bands/{purpose}/{fromKm}")
    String bandCorrection(@PathVariable int callYear, @PathVariable String actionType,
                          @PathVariable DistancePurpose purpose, @PathVariable int fromKm, Model model) {
        DistanceBand band = band(callYear, actionType, purpose, fromKm);
        model.addAttribute("form", new CorrectionForm(band.amount(), band.status(), "", Boolean.FALSE));
        return correctionPage(bandTarget(callYear, actionType, band), model);
    }

    @PostMapping("/admin/rule-figures/{callYear}/{actionType}/bands/{purpose}/{fromKm}")
    String correctBand(@PathVariable int callYear, @PathVariable String actionType,
                       @PathVariable DistancePurpose purpose, @PathVariable int fromKm,
                       @Valid @ModelAttribute("form") CorrectionForm form, BindingResult errors, Model model,
                       Authentication admin, RedirectAttributes redirect) {
        DistanceBand band = band(callYear, actionType, purpose, fromKm);
        if (errors.hasErrors()) {
            return correctionPage(bandTarget(callYear, actionType, band), model);
        }
        corrections.correctDistanceBand(callYear, purpose, fromKm, form.amount(), form.status(),
                form.reason().strip(), admin.getName());
        return corrected(callYear, actionType, purpose.name() + " " + band.label(), redirect);
    }

    @GetMapping("/admin/rule-figures/{callYear}/{actionType}/day-rates/{group}/{category}")
    String dayRateCorrection(@PathVariable int callYear, @PathVariable String actionType, @PathVariable String group,
                             @PathVariable StaffCategory category, Model model) {
        Figure rate = dayRate(callYear, actionType, group, category);
        model.addAttribute("form", new CorrectionForm(rate.amount(), rate.status(), "", Boolean.FALSE));
        return correctionPage(dayRateTarget(callYear, actionType, group, category, rate), model);
    }

    @PostMapping("/admin/rule-figures/{callYear}/{actionType}/day-rates/{group}/{category}")
    String correctDayRate(@PathVariable int callYear, @PathVariable String actionType, @PathVariable String group,
                          @PathVariable StaffCategory category, @Valid @ModelAttribute("form") CorrectionForm form,
                          BindingResult errors, Model model, Authentication admin, RedirectAttributes redirect) {
        Figure rate = dayRate(callYear, actionType, group, category);
        if (errors.hasErrors()) {
            return correctionPage(dayRateTarget(callYear, actionType, group, category, rate), model);
        }
        corrections.correctDayRate(callYear, group, category, form.amount(), form.status(), form.reason().strip(),
                admin.getName());
        return corrected(callYear, actionType, "R-FIN-05 " + group + " " + category.name(), redirect);
    }

    @GetMapping("/admin/rule-figures/{callYear}/{actionType}/countries/{code}")
    String countryCorrection(@PathVariable int callYear, @PathVariable String actionType, @PathVariable String code,
                             Model model) {
        Country country = country(callYear, code);
        model.addAttribute("form", new CountryCorrectionForm(country.participation(), country.ioRateGroup(), ""));
        return countryPage(callYear, actionType, country, model);
    }

    @PostMapping("/admin/rule-figures/{callYear}/{actionType}/countries/{code}")
    String correctCountry(@PathVariable int callYear, @PathVariable String actionType, @PathVariable String code,
                          @Valid @ModelAttribute("form") CountryCorrectionForm form, BindingResult errors, Model model,
                          Authentication admin, RedirectAttributes redirect) {
        Country country = country(callYear, code);
        if (!errors.hasErrors()) {
            try {
                corrections.correctCountry(callYear, country.code(), form.participation(), form.rateGroup().strip(),
                        form.reason().strip(), admin.getName());
                return corrected(callYear, actionType, "R-CTRY-01 " + country.code(), redirect);
            } catch (RateGroupNotForParticipation mismatch) {
                errors.rejectValue("rateGroup", "countryCorrection.rateGroup.mismatch", "mismatch");
            }
        }
        return countryPage(callYear, actionType, country, model);
    }

    private Country country(int callYear, String code) {
        try {
            return reference.country(CountryCode.of(code), callYear)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (InvalidCountryCode | UnknownCallYear notACountry) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String countryPage(int callYear, String actionType, Country country, Model model) {
        model.addAttribute("callYear", callYear);
        model.addAttribute("actionType", actionType);
        model.addAttribute("country", country);
        model.addAttribute("participations", Participation.values());
        model.addAttribute("rateGroups", List.of("A", "B", "C", "D", "PA", "PB", "PC", "PD"));
        return "calls/correct-country";
    }

    private DistanceBand band(int callYear, String actionType, DistancePurpose purpose, int fromKm) {
        return rules.parametersFor(callYear, actionType).bands(purpose).stream()
                .filter(band -> band.fromKm() == fromKm).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Figure dayRate(int callYear, String actionType, String group, StaffCategory category) {
        var rates = rules.parametersFor(callYear, actionType).ioDayRates().get(group);
        if (rates == null || !rates.containsKey(category)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return rates.get(category);
    }

    private static CorrectionTarget figureTarget(int callYear, String actionType, RuleFigure name, Figure current) {
        return new CorrectionTarget(callYear, actionType, name.ruleId(), name.name(), current,
                "/admin/rule-figures/" + callYear + "/" + actionType + "/" + name.name(), true);
    }

    private static CorrectionTarget bandTarget(int callYear, String actionType, DistanceBand band) {
        String rule = band.purpose() == DistancePurpose.MEETING ? "R-FIN-04" : "R-FIN-07";
        return new CorrectionTarget(callYear, actionType, rule, band.purpose().name() + " " + band.label(),
                new Figure(band.amount(), band.status()),
                "/admin/rule-figures/" + callYear + "/" + actionType + "/bands/" + band.purpose() + "/" + band.fromKm(),
                false);
    }

    private static CorrectionTarget dayRateTarget(int callYear, String actionType, String group,
                                                  StaffCategory category, Figure rate) {
        return new CorrectionTarget(callYear, actionType, "R-FIN-05", group + " " + category.name(), rate,
                "/admin/rule-figures/" + callYear + "/" + actionType + "/day-rates/" + group + "/" + category, false);
    }

    private String correctionPage(CorrectionTarget target, Model model) {
        model.addAttribute("target", target);
        model.addAttribute("statuses", FigureStatus.values());
        return "calls/correct-figure";
    }

    private static String corrected(int callYear, String actionType, String what, RedirectAttributes redirect) {
        redirect.addFlashAttribute("corrected", what);
        return "redirect:/admin/rule-figures?callYear=" + callYear + "&actionType=" + actionType;
    }

    /** What the correction form changes: its rule id, its name, its current value and where the form posts. */
    record CorrectionTarget(int callYear, String actionType, String ruleId, String label, Figure current,
                            String action, boolean offersAllActionTypes) {
    }

    record FigureRow(RuleFigure name, Figure figure) {
    }

    record DayRateRow(String rateGroup, StaffCategory category, Figure figure) {
    }
}
