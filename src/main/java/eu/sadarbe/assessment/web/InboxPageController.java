package eu.sadarbe.assessment.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.BackOfficeStatus;
import eu.sadarbe.assessment.RoundStillOpen;
import eu.sadarbe.assessment.SubmissionWindow;
import eu.sadarbe.assessment.experts.LateConflicts;
import eu.sadarbe.assessment.inbox.CorrectedFigures;
import eu.sadarbe.assessment.inbox.FormalCheckDecision;
import eu.sadarbe.assessment.inbox.FormalCheckRefused;
import eu.sadarbe.assessment.inbox.FormalCheckView;
import eu.sadarbe.assessment.inbox.FormalChecks;
import eu.sadarbe.assessment.inbox.Inbox;
import eu.sadarbe.assessment.inbox.InboxFilter;
import eu.sadarbe.assessment.inbox.Stage;

/** The agency officer's inbox and each application's formal-check page with its history. */
@Controller
class InboxPageController {

    private final Inbox inbox;
    private final FormalChecks checks;
    private final SubmissionWindow window;
    private final LateConflicts lateConflicts;
    private final CorrectedFigures figures;

    InboxPageController(Inbox inbox, FormalChecks checks, SubmissionWindow window, LateConflicts lateConflicts,
                        CorrectedFigures figures) {
        this.figures = figures;
        this.lateConflicts = lateConflicts;
        this.inbox = inbox;
        this.checks = checks;
        this.window = window;
    }

    @GetMapping("/agency")
    String agency() {
        return "redirect:/agency/applications";
    }

    @GetMapping("/agency/applications")
    String inbox(@RequestParam(required = false) @Nullable String round,
                 @RequestParam(required = false) @Nullable String actionType,
                 @RequestParam(required = false) @Nullable String status,
                 @RequestParam(required = false) @Nullable String sort,
                 @RequestParam(required = false) @Nullable String direction,
                 @RequestParam(required = false) @Nullable Integer page,
                 @RequestParam(required = false) @Nullable String stage,
                 @RequestParam(required = false) @Nullable String search,
                 @AuthenticationPrincipal SignedInUser user, Model model) {
        List<String> ignored = InboxFilter.notUnderstood(round, actionType, status, sort, direction, page, stage);
        var view = inbox.of(user, InboxFilter.of(ignored.contains("round") ? null : round,
                ignored.contains("actionType") ? null : actionType, status, sort, direction, page, stage, search));
        model.addAttribute("inbox", view);
        model.addAttribute("ignored", ignored);
        // Issue 13, item 12: conflicts of interest that came to light after the experts were assigned.
        lateConflicts.reviewAgency(view.agency(), user);
        model.addAttribute("suspended", lateConflicts.suspendedOf(view.agency()));
        model.addAttribute("statuses", BackOfficeStatus.values());
        model.addAttribute("sorts", InboxFilter.Sort.values());
        return "assessment/inbox";
    }

    /** Issue 13, item 16: each round's progress, with links to the lists of the applications at each stage. */
    @GetMapping("/agency/rounds")
    String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("rounds", inbox.dashboard(user));
        model.addAttribute("stages", Stage.values());
        return "assessment/dashboard";
    }

    @PostMapping("/agency/applications/eligible")
    String confirmEligible(@RequestParam(name = "application", required = false) @Nullable List<ApplicationId> chosen,
                           @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("bulk", checks.confirmEligible(chosen == null ? List.of() : chosen, user));
        return "redirect:/agency/applications";
    }

    @GetMapping("/agency/applications/{id}")
    String application(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model) {
        FormalCheckView view = checks.view(id, user);
        return page(view, new FormalCheckForm(null, view.entry().formalCheckReason(),
                view.entry().formalCheckRuleIds().isEmpty() ? view.errorRuleIds() : view.entry().formalCheckRuleIds()),
                user, model);
    }

    @PostMapping("/agency/applications/{id}/formal-check")
    String formalCheck(@PathVariable ApplicationId id, @Valid @ModelAttribute("form") FormalCheckForm form,
                       BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        FormalCheckView view = checks.view(id, user);
        if (!FormalCheckForm.ELIGIBLE.equals(form.outcome()) && !form.ineligible()) {
            errors.rejectValue("outcome", "formalCheck.error.outcome");
        }
        if (form.ineligible() && (form.reason() == null || form.reason().isBlank())) {
            errors.rejectValue("reason", "formalCheck.error.reason");
        }
        if (form.ineligible() && form.chosenRuleIds().isEmpty()) {
            errors.rejectValue("ruleIds", "formalCheck.error.rules");
        }
        if (errors.hasErrors()) {
            return page(view, form, user, model);
        }
        try {
            checks.record(id, new FormalCheckDecision(!form.ineligible(), form.reason(), form.chosenRuleIds()), user);
        } catch (FormalCheckRefused refused) {
            errors.reject("formalCheck.refused." + refused.reason());
            return page(view, form, user, model);
        } catch (RoundStillOpen open) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(view, form, user, model);
        }
        redirect.addFlashAttribute("recorded", true);
        return "redirect:/agency/applications/" + id;
    }

    /** Issue 13, item 14: what re-applying today's rule figures would change, to be confirmed. */
    @GetMapping("/agency/applications/{id}/figures")
    String figures(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model) {
        var difference = figures.difference(id, user);
        if (difference.isEmpty()) {
            return "redirect:/agency/applications/" + id;
        }
        model.addAttribute("entry", checks.view(id, user).entry());
        model.addAttribute("difference", difference.get());
        return "assessment/figures";
    }

    @PostMapping("/agency/applications/{id}/figures")
    String reapplyFigures(@PathVariable ApplicationId id, @RequestParam(required = false) @Nullable String confirm,
                          @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect,
                          HttpServletResponse response) {
        if (!"yes".equals(confirm)) {
            return "redirect:/agency/applications/" + id + "/figures";
        }
        try {
            figures.reapply(id, user);
        } catch (FormalCheckRefused refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refused", "formalCheck.refused." + refused.reason());
            return figures(id, user, model);
        }
        redirect.addFlashAttribute("figuresReapplied", true);
        return "redirect:/agency/applications/" + id;
    }

    private String page(FormalCheckView view, FormalCheckForm form, SignedInUser user, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        // R-SUB-01: no formal check is offered before the deadline; the page says until when it is open.
        model.addAttribute("stillOpen", window.stillOpen(view.entry().applicationId()).orElse(null));
        // Issue 13, item 14: figures corrected since the submission apply only when the officer re-applies them.
        model.addAttribute("figures", figures.difference(view.entry().applicationId(), user).orElse(null));
        return "assessment/application";
    }
}
