package eu.sadarbe.submission.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationChanged;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationNotFound;
import eu.sadarbe.applications.ApplicationWithdrawn;
import eu.sadarbe.submission.ApplicationNotEligible;
import eu.sadarbe.submission.DeadlinePassed;
import eu.sadarbe.submission.DeclarationNotSigned;
import eu.sadarbe.submission.ExtensionNotInFuture;
import eu.sadarbe.submission.NoNationalAgency;
import eu.sadarbe.submission.NotAllowedToSubmit;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionOverview;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * The submit page (findings, deadline countdown in Brussels time, the button with its idempotency key), the
 * receipt page, and the officer's page for an individual extension (R-SUB-01, R-SUB-02).
 */
@Controller
class SubmissionPageController {

    private final SubmissionDesk desk;
    private final SubmissionProblems problems;
    private final Clock clock;

    SubmissionPageController(SubmissionDesk desk, SubmissionProblems problems, Clock clock) {
        this.desk = desk;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/applications/{id}/submit")
    String submitPage(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return submitPage(desk.overview(id, user), model);
    }

    @PostMapping("/applications/{id}/submissions")
    String submit(@PathVariable ApplicationId id, @RequestParam String idempotencyKey, @RequestParam long version,
                  @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        try {
            SubmissionSummary submission = desk.submit(id, OptionalLong.of(version), idempotencyKey, user, locale);
            return "redirect:/applications/" + id + "/submissions/" + submission.id();
        } catch (DeadlinePassed late) {
            String[] times = problems.deadlineText(late, locale);
            model.addAttribute("refusal", problems.text("submission.problem.deadlinePassed", locale, times[0], times[1]));
        } catch (ApplicationNotEligible ineligible) {
            model.addAttribute("refusal", problems.text("submission.problem.notEligible", locale));
        } catch (DeclarationNotSigned missing) {
            model.addAttribute("refusal", problems.text(missing.outdated() ? "submission.problem.declarationOutdated"
                    : "submission.problem.declaration", locale));
            model.addAttribute("declarationRefused", true);
        } catch (ApplicationChanged changed) {
            model.addAttribute("refusal", problems.text("submission.problem.changed", locale));
        } catch (ApplicationWithdrawn withdrawn) {
            model.addAttribute("refusal", problems.text("submission.problem.withdrawn", locale));
        } catch (NoNationalAgency noAgency) {
            model.addAttribute("refusal", problems.text("submission.problem.noAgency", locale));
        }
        return submitPage(desk.overview(id, user), model);
    }

    @GetMapping("/applications/{id}/submissions/{submissionId}")
    String receipt(@PathVariable ApplicationId id, @PathVariable UUID submissionId,
                   @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("submission", desk.submission(id, submissionId, user));
        model.addAttribute("overview", desk.overview(id, user));
        return "submission/receipt";
    }

    @GetMapping("/applications/{id}/extension")
    String extensionPage(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return extensionPage(id, user, ExtensionForm.empty(), model);
    }

    @PostMapping("/applications/{id}/extension")
    String grantExtension(@PathVariable ApplicationId id, @Valid @ModelAttribute("form") ExtensionForm form,
                          BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model) {
        if (errors.hasErrors()) {
            return extensionPage(id, user, form, model);
        }
        try {
            desk.grantExtension(id, form.deadlineDate().atTime(form.deadlineTime()), form.reason(), user);
        } catch (ExtensionNotInFuture past) {
            errors.rejectValue("deadlineDate", "submission.extension.notInFuture");
            return extensionPage(id, user, form, model);
        }
        return "redirect:/applications/" + id + "/extension?granted";
    }

    @ExceptionHandler(NotAllowedToSubmit.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        model.addAttribute("status", 403);
        return "error";
    }

    @ExceptionHandler(ApplicationNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    private String extensionPage(ApplicationId id, SignedInUser user, ExtensionForm form, Model model) {
        SubmissionOverview overview = desk.extensionOverview(id, user);
        if (!overview.mayExtend()) {
            throw new NotAllowedToSubmit("Only an officer of the application's National Agency may extend");
        }
        model.addAttribute("overview", overview);
        model.addAttribute("form", form);
        return "submission/extension";
    }

    private String submitPage(SubmissionOverview overview, Model model) {
        model.addAttribute("overview", overview);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        Duration left = Duration.between(clock.instant(), overview.deadline().moment().toInstant());
        model.addAttribute("left", left.isNegative() ? Duration.ZERO : left);
        return "submission/submit";
    }
}
