package eu.sadarbe.drafting.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import eu.sadarbe.calls.CountryChoices;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.DraftOverview;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.SectionState;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.organisations.OrganisationSummary;

/**
 * Finding a partner by part of its name (and country) on the organisations section: registered organisations with
 * name, city, country and Organisation ID, each with a button that adds it. A GET form without JavaScript; htmx
 * puts only the results under the search form.
 */
@Controller
class PartnerPickerController {

    static final int MAX_RESULTS = 20;

    private final DraftDesk drafting;
    private final OrganisationRegister organisations;
    private final ReferenceData reference;

    PartnerPickerController(DraftDesk drafting, OrganisationRegister organisations,
                            ReferenceData reference) {
        this.drafting = drafting;
        this.organisations = organisations;
        this.reference = reference;
    }

    @GetMapping("/applications/{id}/partner-search")
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                @RequestParam(required = false) @Nullable String name,
                @RequestParam(required = false) @Nullable String country, Model model) {
        results(user, id, name, country, model);
        return "drafting/partner-search";
    }

    @GetMapping(path = "/applications/{id}/partner-search", headers = "HX-Request=true")
    String fragment(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                    @RequestParam(required = false) @Nullable String name,
                    @RequestParam(required = false) @Nullable String country, Model model) {
        results(user, id, name, country, model);
        return "drafting/partner-search :: results";
    }

    private void results(SignedInUser user, ApplicationId id, @Nullable String name, @Nullable String country,
                         Model model) {
        DraftOverview overview = drafting.overview(user.id(), id);
        SectionState section = drafting.sections(user.id(), id).get(DraftSection.ORGANISATIONS);
        String words = name == null ? "" : name.strip();
        String countryCode = country == null || country.isBlank() ? null : country.strip();
        List<OrganisationSummary> found = words.length() < 2 ? List.of()
                : organisations.findByName(words, countryCode, MAX_RESULTS);
        model.addAttribute("overview", overview);
        model.addAttribute("draft", overview.summary());
        model.addAttribute("baseVersion", section == null ? 0 : section.version());
        model.addAttribute("name", words);
        model.addAttribute("country", countryCode == null ? "" : countryCode);
        model.addAttribute("countries", CountryChoices.of(reference.countries(overview.summary().callYear()), LocaleContextHolder.getLocale()));
        model.addAttribute("searched", !words.isEmpty());
        model.addAttribute("tooShort", !words.isEmpty() && words.length() < 2);
        model.addAttribute("found", found);
        model.addAttribute("maxResults", MAX_RESULTS);
    }
}
