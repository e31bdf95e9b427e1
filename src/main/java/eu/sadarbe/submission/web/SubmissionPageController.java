package eu.sadarbe.submission.web;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationChanged;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.ApplicationWithdrawn;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.submission.ApplicationNotEligible;
import eu.sadarbe.submission.DeadlinePassed;
import eu.sadarbe.submission.DeclarationNotSigned;
import eu.sadarbe.submission.ExtensionNotInFuture;
import eu.sadarbe.submission.NoNationalAgency;
import eu.sadarbe.submission.NotAllowedToSubmit;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionOverview;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.domain.ReadableApplications;
import eu.sadarbe.submission.domain.ReceiptMail;
import eu.sadarbe.web.DocumentPdf;

/**
 * The "check your answers" page where an application is submitted: its findings linked to the sections, the
 * deadline countdown in Brussels time, the whole application as it will be submitted (the PDF's own template) with
 * links to change each section, and the button with its idempotency key and the version that was checked. Also the
 * receipt page, and the officer's page for an individual extension (R-SUB-01, R-SUB-02).
 */
@Controller
class SubmissionPageController {

    /** The application as submitted ({@code submission/application-document :: document}), for the page. */
    static final String DOCUMENT = "submission/application-check";

    private final SubmissionDesk desk;
    private final SubmissionProblems problems;
    private final ApplicationRegister applications;
    private final ReadableApplications readable;
    private final ReceiptMail mail;
    private final DocumentPdf documents;
    private final Clock clock;

    SubmissionPageController(SubmissionDesk desk, SubmissionProblems problems, ApplicationRegister applications,
                             ReadableApplications readable, ReceiptMail mail, DocumentPdf documents, Clock clock) {
        this.documents = documents;
        this.desk = desk;
        this.problems = problems;
        this.applications = applications;
        this.readable = readable;
        this.mail = mail;
        this.clock = clock;
    }

    @GetMapping("/applications/{id}/submit")
    String submitPage(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model,
                      Locale locale) {
        return submitPage(desk.overview(id, user), model, locale);
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
        return submitPage(desk.overview(id, user), model, locale);
    }

    @GetMapping("/applications/{id}/submissions/{submissionId}")
    String receipt(@PathVariable ApplicationId id, @PathVariable UUID submissionId,
                   @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("submission", desk.submission(id, submissionId, user));
        model.addAttribute("overview", desk.overview(id, user));
        // The receipt e-mail goes out only where an SMTP server is configured: promise it only there.
        model.addAttribute("receiptMailed", mail.configured());
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

    private String extensionPage(ApplicationId id, SignedInUser user, ExtensionForm form, Model model) {
        SubmissionOverview overview = desk.extensionOverview(id, user);
        if (!overview.mayExtend()) {
            throw new NotAllowedToSubmit("Only an officer of the application's National Agency may extend");
        }
        model.addAttribute("overview", overview);
        model.addAttribute("form", form);
        return "submission/extension";
    }

    private String submitPage(SubmissionOverview overview, Model model, Locale locale) {
        ApplicationSummary draft = overview.application();
        model.addAttribute("overview", overview);
        model.addAttribute("findingLinks", overview.check().findings().stream()
                .map(finding -> FindingLink.of(draft.id(), finding)).toList());
        // The whole application as it will be submitted: read, and rendered from the same template, as its PDF is
        // (issue #13). The template's variable "application" cannot be set in a web page's context, where Thymeleaf
        // reserves that name for the servlet context: the document is rendered as the PDF's is, then shown.
        String agency = overview.check().nationalAgency().map(NationalAgency::code).orElse("");
        readable.draft(draft.callYear(), draft.actionType(), agency, applications.canonicalJson(draft.id()), locale)
                .map(document -> overview.declared() ? document : document.unsigned())
                .ifPresent(document -> {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("application", document);
                    if (overview.maySubmit()) {
                        variables.put("changeUrl", "/applications/" + draft.id() + "/sections/");
                    }
                    model.addAttribute("document", documents.html(DOCUMENT, locale, variables));
                });
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        Duration left = Duration.between(clock.instant(), overview.deadline().moment().toInstant());
        model.addAttribute("left", left.isNegative() ? Duration.ZERO : left);
        return "submission/submit";
    }
}
