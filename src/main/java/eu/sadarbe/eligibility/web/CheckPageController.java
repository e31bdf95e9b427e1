package eu.sadarbe.eligibility.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.ApplicationDocumentReader;
import eu.sadarbe.applications.document.MalformedDocument;
import eu.sadarbe.applications.document.OrganisationRole;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.applications.document.ProjectType;
import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.calls.UnknownCallYear;
import eu.sadarbe.eligibility.EligibilityCheck;
import eu.sadarbe.shared.OrganisationType;

/**
 * The public “Can we apply?” page: a short form or an uploaded application document, checked by the same
 * engine as the API. htmx refreshes the results as the applicant types; a normal submit does the same.
 */
@Controller
class CheckPageController {

    private final ApplicationDocumentReader reader;
    private final EligibilityCheck eligibility;
    private final CheckMessages messages;
    private final RuleBook rules;

    CheckPageController(ApplicationDocumentReader reader, EligibilityCheck eligibility, CheckMessages messages,
                        RuleBook rules) {
        this.reader = reader;
        this.eligibility = eligibility;
        this.messages = messages;
        this.rules = rules;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("callYears", java.util.stream.IntStream.rangeClosed(CallYears.FIRST, CallYears.LAST)
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("actionTypes", ActionTypeCode.values());
        model.addAttribute("projectTypes", ProjectType.values());
        model.addAttribute("organisationTypes", OrganisationType.values());
        model.addAttribute("roles", OrganisationRole.values());
        model.addAttribute("activityTypes", ActivityType.values());
        model.addAttribute("participantKinds", ParticipantKind.values());
        model.addAttribute("staffCategories", StaffCategory.values());
        model.addAttribute("organisationNumbers", java.util.stream.IntStream.rangeClosed(1, CheckForm.ORGANISATIONS)
                .boxed().toList());
    }

    @GetMapping("/check")
    String page(Model model) {
        model.addAttribute("form", new CheckForm());
        model.addAttribute("results", CheckResults.none());
        return "eligibility/check";
    }

    @PostMapping(path = "/check", headers = "HX-Request=true")
    String results(@ModelAttribute("form") CheckForm form, Locale locale, Model model) {
        model.addAttribute("results", check(written(form), locale));
        model.addAttribute("live", true);
        return "eligibility/check :: live";
    }

    @PostMapping("/check")
    String submit(@ModelAttribute("form") CheckForm form, Locale locale, Model model) {
        model.addAttribute("results", check(written(form), locale));
        return "eligibility/check";
    }

    @PostMapping("/check/document")
    String upload(@RequestParam(name = "document", required = false) @Nullable MultipartFile document, Locale locale,
                  Model model) throws IOException {
        model.addAttribute("form", new CheckForm());
        String json = document == null ? "" : new String(document.getBytes(), StandardCharsets.UTF_8);
        model.addAttribute("results", check(json, locale));
        model.addAttribute("uploaded", true);
        return "eligibility/check";
    }

    private CheckFormDocument.Written written(CheckForm form) {
        return CheckFormDocument.written(form, callYear -> identifiesByOid(callYear, form.getActionType()));
    }

    /**
     * R-ELIG-10 by the call year's figure. A year outside the calls Sadarbe holds is written as the nearest one it
     * holds would be (PIC before, OID after), and the check then says it has no rules for it; an action type that
     * is not one of the programme's reads the figures every action type shares.
     */
    private boolean identifiesByOid(int callYear, @Nullable String actionType) {
        int year = Math.max(CallYears.FIRST, Math.min(CallYears.LAST, callYear));
        String type = Arrays.stream(ActionTypeCode.values()).map(ActionTypeCode::name)
                .filter(code -> code.equals(actionType)).findFirst().orElse("*");
        return rules.parametersFor(year, type).whole(RuleFigure.OID_IDENTIFIES_ORGANISATIONS) == 1;
    }

    /** Faults of a document written from the form name the form's fields, not JSON Pointers. */
    private CheckResults check(CheckFormDocument.Written written, Locale locale) {
        try {
            return CheckResults.of(eligibility.check(reader.read(written.json())), messages, locale);
        } catch (MalformedDocument malformed) {
            return CheckResults.of(malformed, written.fields(), messages, locale);
        } catch (UnknownCallYear unknown) {
            return CheckResults.unavailable(messages.text("check.ruleSetNotAvailable.detail", locale,
                    String.valueOf(unknown.callYear())));
        }
    }

    private CheckResults check(String json, Locale locale) {
        try {
            return CheckResults.of(eligibility.check(reader.read(json)), messages, locale);
        } catch (MalformedDocument malformed) {
            return CheckResults.of(malformed, messages, locale);
        } catch (UnknownCallYear unknown) {
            return CheckResults.unavailable(messages.text("check.ruleSetNotAvailable.detail", locale,
                    String.valueOf(unknown.callYear())));
        }
    }
}
