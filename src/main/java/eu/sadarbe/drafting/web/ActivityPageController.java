package eu.sadarbe.drafting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
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
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftOverview;
import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.LineNotFound;
import eu.sadarbe.applications.SectionConflict;
import eu.sadarbe.applications.SectionState;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.MalformedDocument;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.drafting.history.DraftHistory;

/**
 * The activity sections as forms, line by line: each add, change or removal saves the whole section on the
 * version the page was loaded with, so a concurrent change leads to the conflict page, never a silent overwrite.
 * Works without JavaScript; htmx only refreshes the distance calculator beside each traveller row.
 */
@Controller
class ActivityPageController {

    private static final String BASE = "/applications/{id}/activities/{kind}";

    private final DraftDesk drafting;
    private final ApplicationRegister register;
    private final ActivityForms forms;
    private final ActivityLines lines;
    private final TravelDistances distances;
    private final DraftView view;
    private final DraftErrors errors;
    private final RuleBook ruleBook;
    private final DraftHistory history;

    ActivityPageController(DraftDesk drafting, ApplicationRegister register, ActivityForms forms,
                           ActivityLines lines, TravelDistances distances, DraftView view, DraftErrors errors,
                           RuleBook ruleBook, DraftHistory history) {
        this.history = history;
        this.drafting = drafting;
        this.register = register;
        this.forms = forms;
        this.lines = lines;
        this.distances = distances;
        this.view = view;
        this.errors = errors;
        this.ruleBook = ruleBook;
    }

    /** The section's lines and a form to add one; {@code ?json} keeps the JSON editor for power users. */
    @GetMapping(path = {"/applications/{id}/sections/meetings", "/applications/{id}/sections/outputs",
            "/applications/{id}/sections/multiplier-events", "/applications/{id}/sections/learning-activities",
            "/applications/{id}/sections/special-costs"}, params = "!json")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                HttpServletRequest request, Model model, Locale locale) {
        String uri = request.getRequestURI();
        DraftSection section = DraftSection.ofSlug(uri.substring(uri.lastIndexOf('/') + 1));
        return page(user, id, section, null, null, model, locale);
    }

    @GetMapping(BASE + "/{index}")
    String change(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                  @PathVariable String kind, @PathVariable int index, Model model, Locale locale) {
        ActivityKind activity = kind(kind);
        ActivitySection draft = draft(user, id, activity);
        ActivityForm form = form(draft, activity, index);
        return page(user, id, activity.section(), form, draft.version(), model, locale);
    }

    @PostMapping(BASE)
    String add(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id, @PathVariable String kind,
               @RequestParam MultiValueMap<String, String> posted, Model model, Locale locale) {
        return save(user, id, kind(kind), null, posted, model, locale);
    }

    @PostMapping(BASE + "/{index}")
    String change(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                  @PathVariable String kind, @PathVariable int index,
                  @RequestParam MultiValueMap<String, String> posted, Model model, Locale locale) {
        ActivityKind activity = kind(kind);
        exists(draft(user, id, activity), activity, index);
        return save(user, id, activity, index, posted, model, locale);
    }

    @PostMapping(BASE + "/{index}/removal")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                  @PathVariable String kind, @PathVariable int index,
                  @RequestParam MultiValueMap<String, String> posted, Model model, Locale locale) {
        ActivityKind activity = kind(kind);
        exists(draft(user, id, activity), activity, index);
        long base = base(posted);
        return store(user, id, activity, null, base, model, locale,
                () -> drafting.removeLine(user.id(), id, activity.section(), activity.field(), index, base));
    }

    /** htmx: the calculator's band beside every traveller row, as the organisations are chosen. */
    @PostMapping(path = BASE + "/distances", headers = "HX-Request=true")
    String distances(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                     @PathVariable String kind, @RequestParam MultiValueMap<String, String> posted, Model model) {
        ActivityKind activity = kind(kind);
        ActivitySection draft = draft(user, id, activity);
        ActivityForm form = ActivityForms.posted(activity, null, posted);
        model.addAttribute("panel", panel(activity, draft, form, List.of()));
        return "drafting/activities :: distances";
    }

    /**
     * htmx, as a line is typed: the budget beside the form as it would be with this line added (or changed), before
     * "Add" saves it, like the text sections' budget as you type. Nothing is saved; a line not complete yet leaves
     * the saved budget.
     */
    @PostMapping(path = BASE + "/preview", headers = "HX-Request=true")
    String preview(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                   @PathVariable String kind, @RequestParam(required = false) @Nullable Integer index,
                   @RequestParam MultiValueMap<String, String> posted, Model model, Locale locale) {
        ActivityKind activity = kind(kind);
        ActivitySection draft = draft(user, id, activity);
        ActivityForms.Result read = forms.line(ActivityForms.posted(activity, index, posted), draft.document(),
                draft.list(activity), draft.outputIds(), locale);
        ApplicationDocument document = draft.document();
        boolean counted = false;
        if (read.line() != null && draft.has(activity, index)) {
            try {
                document = drafting.documentWithLine(user.id(), id, activity.section(), activity.field(), index,
                        read.line());
                counted = true;
            } catch (MalformedDocument notYet) {
                // the saved budget stays until the line fits the document
            }
        }
        view.addBudget(document, model);
        model.addAttribute("typedLineCounted", counted);
        return "drafting/activities :: preview";
    }

    private String save(SignedInUser user, ApplicationId id, ActivityKind kind, @Nullable Integer index,
                        MultiValueMap<String, String> posted, Model model, Locale locale) {
        ActivityForm form = ActivityForms.posted(kind, index, posted);
        long base = base(posted);
        if (posted.containsKey("moreRows")) {
            return page(user, id, kind.section(), form.withRows(form.rows() + 1), base, model, locale);
        }
        ActivitySection draft = draft(user, id, kind);
        ActivityForms.Result read = forms.line(form, draft.document(), draft.list(kind), draft.outputIds(), locale);
        if (read.line() == null) {
            return page(user, id, kind.section(), read.form(), base, model, locale);
        }
        return store(user, id, kind, read.form(), base, model, locale, () -> {
            if (index == null) {
                drafting.addLine(user.id(), id, kind.section(), kind.field(), read.line(), base);
            } else {
                drafting.changeLine(user.id(), id, kind.section(), kind.field(), index, read.line(), base);
            }
        });
    }

    /** Runs the line's use case; a concurrent change leads to the conflict page, a refusal back to the form. */
    private String store(SignedInUser user, ApplicationId id, ActivityKind kind, @Nullable ActivityForm form,
                         long base, Model model, Locale locale, Runnable change) {
        try {
            change.run();
            return "redirect:/applications/" + id + "/sections/" + kind.section().slug() + "?saved";
        } catch (SectionConflict conflict) {
            ApplicationSummary draft = drafting.overview(user.id(), id).summary();
            SectionConflicts.addTo(model, draft, conflict,
                    history.conflict(draft, drafting.sections(user.id(), id), conflict, locale));
            return "drafting/conflict";
        } catch (LineNotFound gone) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (MalformedDocument | DraftRefused refused) {
            model.addAttribute("errors", errors.lines(refused, locale));
            return page(user, id, kind.section(), form, base, model, locale);
        }
    }

    private String page(SignedInUser user, ApplicationId id, DraftSection section, @Nullable ActivityForm form,
                        @Nullable Long base, Model model, Locale locale) {
        DraftOverview overview = drafting.overview(user.id(), id);
        Map<DraftSection, SectionState> sections = drafting.sections(user.id(), id);
        SectionState state = sections.get(section);
        List<FindingLine> findings = view.addCheck(id, sections, model, locale);
        ActivitySection draft = ActivitySection.of(register.document(id), state, parameters(overview));
        List<ActivityPanel> panels = new ArrayList<>();
        for (ActivityKind kind : ActivityKind.of(section)) {
            boolean changing = form != null && form.isChange();
            if (changing && form.kind() != kind) {
                continue;
            }
            ActivityForm shown = form != null && form.kind() == kind ? form
                    : forms.blank(kind, draft.document(), draft.list(kind));
            panels.add(panel(kind, draft, shown, findings));
        }
        model.addAttribute("overview", overview);
        model.addAttribute("draft", overview.summary());
        model.addAttribute("section", section);
        model.addAttribute("continueTo", DraftPageController.TaskGroups.next(overview.summary().id(), section));
        model.addAttribute("baseVersion", base == null ? draft.version() : base);
        model.addAttribute("panels", panels);
        model.addAttribute("changing", form != null && form.isChange());
        model.addAttribute("sectionFindings", findings.stream()
                .filter(line -> line.section().equals(section.name())).toList());
        return "drafting/activities";
    }

    private ActivityPanel panel(ActivityKind kind, ActivitySection draft, ActivityForm form, List<FindingLine> findings) {
        List<TravelDistances.@Nullable Travel> calculated = new ArrayList<>();
        if (kind.travel() != null) {
            for (int row = 0; row < form.rows(); row++) {
                calculated.add(distances.kilometres(draft.document(), form.row(row, "from"), form.value("host"))
                        .map(km -> TravelDistances.travel(km, true, kind.travel(), draft.parameters()))
                        .orElse(null));
            }
        }
        return new ActivityPanel(kind, lines.of(kind, draft.document(), draft.parameters(), findings), form,
                draft.document().organisations().stream()
                        .map(o -> new ActivityPanel.Choice(o.identifier(), ActivityLines.label(o))).toList(),
                calculated,
                kind.travel() == null ? List.of() : TravelDistances.bands(kind.travel(), draft.parameters()),
                draft.outputIds());
    }

    private ActivitySection draft(SignedInUser user, ApplicationId id, ActivityKind kind) {
        DraftOverview overview = drafting.overview(user.id(), id);
        return ActivitySection.of(register.document(id), drafting.sections(user.id(), id).get(kind.section()),
                parameters(overview));
    }

    private RuleParameters parameters(DraftOverview overview) {
        return ruleBook.parametersFor(overview.summary().callYear(), overview.summary().actionType());
    }

    /** The form of the line asked for; a line that is not there (any more) is not found. */
    private ActivityForm form(ActivitySection draft, ActivityKind kind, int index) {
        exists(draft, kind, index);
        return forms.of(kind, index, draft.line(kind, index), draft.document());
    }

    private static void exists(ActivitySection draft, ActivityKind kind, int index) {
        if (!draft.has(kind, index)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static ActivityKind kind(String slug) {
        return ActivityKind.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static long base(MultiValueMap<String, String> posted) {
        String base = posted.getFirst("baseVersion");
        return base != null && base.matches("\\d{1,18}") ? Long.parseLong(base) : 0;
    }
}
