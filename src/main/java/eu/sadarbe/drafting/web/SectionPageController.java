package eu.sadarbe.drafting.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftOverview;
import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.PartnerAlreadyListed;
import eu.sadarbe.applications.SectionConflict;
import eu.sadarbe.applications.SectionEdit;
import eu.sadarbe.applications.SectionState;
import eu.sadarbe.applications.document.MalformedDocument;
import eu.sadarbe.drafting.history.DraftHistory;

/**
 * One section of the form: saved on the version the editor started from, automatically while typing (htmx) or
 * with the button. A stale save shows both texts and lets the editor choose; nothing is overwritten silently.
 */
@Controller
class SectionPageController {

    private final DraftDesk drafting;
    private final SectionForms forms;
    private final DraftView view;
    private final DraftErrors errors;
    private final SectionView sectionView;
    private final DraftHistory history;
    private final Counter autosaves;
    private final Counter conflicts;

    SectionPageController(DraftDesk drafting, SectionForms forms, DraftView view, DraftErrors errors,
                          SectionView sectionView, DraftHistory history, MeterRegistry meters) {
        this.history = history;
        this.drafting = drafting;
        this.forms = forms;
        this.view = view;
        this.errors = errors;
        this.sectionView = sectionView;
        // Deadline-day metrics (issue 16): autosaves that stored a text, and saves that met another editor's change
        this.autosaves = Counter.builder("sadarbe.drafting.autosaves")
                .description("Autosaves of a section that stored the text").register(meters);
        this.conflicts = Counter.builder("sadarbe.drafting.conflicts")
                .description("Saves of a section that met a newer version by someone else").register(meters);
    }

    @GetMapping("/applications/{id}/sections/{slug}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id, @PathVariable String slug,
                Model model, Locale locale) {
        DraftSection section = section(slug);
        var sections = drafting.sections(user.id(), id);
        SectionState state = sections.get(section);
        page(user, id, section, state == null ? "{}" : state.content(), state == null ? 0 : state.version(), model,
                locale);
        return "drafting/section";
    }

    /**
     * "Save and continue": save and go on to the next section, after the last one to the task list. Adding or
     * removing a partner keeps the organisations page, to add more.
     */
    @PostMapping("/applications/{id}/sections/{slug}")
    String save(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id, @PathVariable String slug,
                @RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
        DraftSection section = section(slug);
        long base = base(form);
        SectionEdit edit = null;
        try {
            edit = forms.edit(section, form);
            drafting.edit(user.id(), id, section, edit, base);
            String typedOid = form.getFirst("addOid");
            boolean partnersChanged = section == DraftSection.ORGANISATIONS
                    && (form.containsKey("remove") || typedOid != null && !typedOid.isBlank());
            return partnersChanged
                    ? "redirect:/applications/" + id + "/sections/" + slug + "?saved"
                    : "redirect:" + DraftPageController.TaskGroups.continueFrom(id, section);
        } catch (SectionConflict conflict) {
            conflict(user, id, conflict, model, locale);
            return "drafting/conflict";
        } catch (MalformedDocument | DraftRefused | UnknownPartner | PartnerAlreadyListed | SectionForms.NotJson refused) {
            page(user, id, section, typed(user, id, section, edit), base, model, locale);
            List<DraftErrors.ErrorLine> lines = errors.sectionLines(refused, locale);
            model.addAttribute("errors", lines);
            model.addAttribute("fieldErrors", DraftErrors.byField(lines));
            model.addAttribute("typedJson", form.getFirst("json"));
            // What was typed stays in its field, to be corrected rather than typed again.
            model.addAttribute("typedOid", form.getFirst("addOid"));
            return "drafting/section";
        }
    }

    /** Autosave while typing: answers the save status, the new base version, the findings and the budget. */
    @PostMapping(path = "/applications/{id}/sections/{slug}", headers = "HX-Request=true")
    String autosave(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                    @PathVariable String slug, @RequestParam MultiValueMap<String, String> form, Model model,
                    Locale locale, HttpServletResponse response) {
        DraftSection section = section(slug);
        try {
            drafting.edit(user.id(), id, section, forms.edit(section, form), base(form));
            autosaves.increment();
            model.addAttribute("saved", true);
        } catch (SectionConflict conflict) {
            conflict(user, id, conflict, model, locale);
            // The choice is a form of its own: it goes beside the section's form, never inside it.
            response.setHeader("HX-Retarget", "#conflict-area");
            response.setHeader("HX-Reswap", "innerHTML");
            return "drafting/conflict :: panel";
        } catch (MalformedDocument | DraftRefused | UnknownPartner | PartnerAlreadyListed | SectionForms.NotJson refused) {
            model.addAttribute("errors", errors.sectionLines(refused, locale));
        }
        var sections = drafting.sections(user.id(), id);
        SectionState state = sections.get(section);
        model.addAttribute("draft", drafting.overview(user.id(), id).summary());
        model.addAttribute("section", section);
        model.addAttribute("baseVersion", state == null ? 0 : state.version());
        model.addAttribute("savedBy", state == null ? "" : state.updatedBy());
        model.addAttribute("sectionFindings", sectionFindings(view.addCheck(id, sections, model, locale), section));
        return "drafting/section :: autosaved";
    }

    /** The editor chose after a conflict: their own text, or a text merged by hand, on the current version. */
    @PostMapping("/applications/{id}/sections/{slug}/resolution")
    String resolve(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                   @PathVariable String slug, @RequestParam MultiValueMap<String, String> form, Model model,
                   Locale locale) {
        DraftSection section = section(slug);
        String mine = form.getFirst("yours");
        SectionEdit edit = section.isDescriptionText() && form.getFirst("text") != null
                ? forms.edit(section, form)
                : forms.content(mine);
        try {
            drafting.edit(user.id(), id, section, edit, base(form));
            return "redirect:/applications/" + id + "?saved=" + slug;
        } catch (SectionConflict conflict) {
            conflict(user, id, conflict, model, locale);
            return "drafting/conflict";
        } catch (MalformedDocument | DraftRefused refused) {
            page(user, id, section, typed(user, id, section, edit), base(form), model, locale);
            List<DraftErrors.ErrorLine> lines = errors.sectionLines(refused, locale);
            model.addAttribute("errors", lines);
            model.addAttribute("fieldErrors", DraftErrors.byField(lines));
            return "drafting/section";
        }
    }

    private void page(SignedInUser user, ApplicationId id, DraftSection section, String content, long base,
                      Model model, Locale locale) {
        DraftOverview overview = drafting.overview(user.id(), id);
        ApplicationSummary summary = overview.summary();
        model.addAttribute("overview", overview);
        model.addAttribute("draft", summary);
        model.addAttribute("section", section);
        model.addAttribute("baseVersion", base);
        sectionView.addFields(model, section, content, summary, user.displayName());
        model.addAttribute("sectionFindings",
                sectionFindings(view.addCheck(id, drafting.sections(user.id(), id), model, locale), section));
    }

    private void conflict(SignedInUser user, ApplicationId id, SectionConflict conflict, Model model, Locale locale) {
        conflicts.increment();
        DraftSection section = conflict.section();
        ApplicationSummary draft = drafting.overview(user.id(), id).summary();
        model.addAttribute("draft", draft);
        if (!section.isDescriptionText()) {
            // In words, field by field, rather than two blocks of JSON side by side (issue #13).
            model.addAttribute("differences", history.conflict(draft, drafting.sections(user.id(), id), conflict, locale));
        }
        model.addAttribute("section", section);
        model.addAttribute("yours", conflict.yours());
        model.addAttribute("current", conflict.current());
        model.addAttribute("baseVersion", conflict.current().version());
        sectionView.addConflictTexts(model, conflict);
    }

    /** What the editor typed, as the section would hold it, to be corrected; the saved section if it cannot be. */
    private String typed(SignedInUser user, ApplicationId id, DraftSection section, @Nullable SectionEdit edit) {
        if (edit == null) {
            return current(user, id, section);
        }
        try {
            return drafting.proposed(user.id(), id, section, edit);
        } catch (PartnerAlreadyListed listed) {
            return current(user, id, section);
        }
    }

    private String current(SignedInUser user, ApplicationId id, DraftSection section) {
        SectionState state = drafting.sections(user.id(), id).get(section);
        return state == null ? "{}" : state.content();
    }

    private static List<FindingLine> sectionFindings(List<FindingLine> all, DraftSection section) {
        return all.stream().filter(line -> line.section().equals(section.name())).toList();
    }

    private static long base(MultiValueMap<String, String> form) {
        String base = form.getFirst("baseVersion");
        return base != null && base.matches("\\d{1,18}") ? Long.parseLong(base) : 0;
    }

    /** An unknown section in the address is a page that does not exist. */
    private static DraftSection section(String slug) {
        return DraftSection.fromSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
