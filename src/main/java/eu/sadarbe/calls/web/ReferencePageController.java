package eu.sadarbe.calls.web;

import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.CountryChoices;
import eu.sadarbe.calls.ReferenceData;

/** One page listing the reference data of a call year, for applicants and officers alike. */
@Controller
class ReferencePageController {

    private final ReferenceData reference;

    ReferencePageController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping("/reference")
    String reference(@RequestParam(required = false) @Nullable String callYear, Model model) {
        int year = parseYear(callYear);
        model.addAttribute("invalidCallYear", callYear != null && !callYear.isBlank() && year != parsedOrZero(callYear));
        model.addAttribute("callYear", year);
        model.addAttribute("callYears", IntStream.rangeClosed(CallYears.FIRST, CallYears.LAST).boxed().toList());
        model.addAttribute("countries", CountryChoices.sorted(reference.countries(year), LocaleContextHolder.getLocale()));
        model.addAttribute("actionTypes", reference.actionTypes(year));
        model.addAttribute("priorities", reference.priorities(year, null));
        model.addAttribute("agencies", reference.nationalAgencies(year, null));
        return "calls/reference";
    }

    private static int parseYear(@Nullable String callYear) {
        int parsed = parsedOrZero(callYear);
        return CallYears.isKnown(parsed) ? parsed : CallYears.LAST;
    }

    private static int parsedOrZero(@Nullable String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.trim());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
