package eu.sadarbe.results.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.sadarbe.calls.ActionType;
import eu.sadarbe.calls.AgencyContacts;
import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.Figure;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;

/**
 * What Strategic Partnerships are (from the programme's own page, in Latvian and English), each fact with the rule
 * that enforces it and its figures read by call year; and where to get information: the National Agencies, the
 * national Erasmus+ offices of Partner Countries and the Commission.
 */
@Controller
class ProgrammePageController {

    private final ReferenceData reference;
    private final RuleBook rules;

    ProgrammePageController(ReferenceData reference, RuleBook rules) {
        this.reference = reference;
        this.rules = rules;
    }

    @GetMapping("/programme")
    String programme(@RequestParam(required = false) @Nullable String callYear, Model model) {
        int year = callYear != null && callYear.matches("\\d{4}") && CallYears.isKnown(Integer.parseInt(callYear))
                ? Integer.parseInt(callYear) : CallYears.LAST;
        List<ActionTypeFigures> figures = new ArrayList<>();
        for (ActionType type : reference.actionTypes(year)) {
            RuleParameters parameters = rules.parametersFor(year, type.code());
            figures.add(new ActionTypeFigures(type, parameters.optionalFigure(RuleFigure.MINIMUM_ORGANISATIONS)
                    .orElse(null), parameters.optionalFigure(RuleFigure.MINIMUM_PROGRAMME_COUNTRIES).orElse(null),
                    parameters.optionalFigure(RuleFigure.MINIMUM_DURATION_MONTHS).orElse(null),
                    parameters.optionalFigure(RuleFigure.MAXIMUM_DURATION_MONTHS).orElse(null),
                    parameters.optionalFigure(RuleFigure.GRANT_PER_MONTH).orElse(null),
                    parameters.optionalFigure(RuleFigure.GRANT_MAXIMUM).orElse(null)));
        }
        model.addAttribute("callYear", year);
        model.addAttribute("callYears", java.util.stream.IntStream.rangeClosed(CallYears.FIRST, CallYears.LAST)
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("figures", figures);
        return "results/programme";
    }

    @GetMapping("/programme/contacts")
    String contacts(Model model) {
        List<AgencyEntry> agencies = new ArrayList<>();
        for (NationalAgency agency : reference.nationalAgencies(null, null)) {
            agencies.add(new AgencyEntry(agency, reference.agencyContacts(agency.code()).orElse(null)));
        }
        model.addAttribute("agencies", agencies);
        model.addAttribute("offices", reference.informationContacts());
        return "results/contacts";
    }

    /** An agency with how to reach it, when recorded. */
    record AgencyEntry(NationalAgency agency, @Nullable AgencyContacts contacts) {
    }

    /** The figures of one action type in a call year; a figure the year lacks is null. */
    record ActionTypeFigures(ActionType type, @Nullable Figure minimumOrganisations,
                             @Nullable Figure minimumCountries, @Nullable Figure minimumMonths,
                             @Nullable Figure maximumMonths, @Nullable Figure grantPerMonth,
                             @Nullable Figure grantMaximum) {

        /** The ceiling per year: twelve months of R-FIN-01's amount per month. */
        public @Nullable BigDecimal grantPerYear() {
            return grantPerMonth == null ? null : grantPerMonth.amount().multiply(BigDecimal.valueOf(12));
        }

        public boolean unconfirmed() {
            return java.util.stream.Stream.of(minimumOrganisations, minimumCountries, minimumMonths, maximumMonths,
                            grantPerMonth, grantMaximum)
                    .anyMatch(figure -> figure != null
                            && figure.status() != eu.sadarbe.calls.FigureStatus.CONFIRMED);
        }
    }
}
