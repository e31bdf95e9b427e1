package eu.sadarbe.drafting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftOverview;
import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.SubmissionNumbers;
import eu.sadarbe.applications.document.MalformedDocument;
import eu.sadarbe.calls.CallRoundId;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.drafting.history.DraftHistory;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.organisations.OrganisationSummary;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionSummary;

/** My applications, starting one, its task list, partners, history, withdrawal, export and import. */
@Controller
class DraftPageController {

    private final DraftDesk drafting;
    private final ApplicationRegister register;
    private final CallRounds rounds;
    private final OrganisationRegister organisations;
    private final DraftView view;
    private final DraftErrors errors;
    private final SubmissionDesk submissions;
    private final DraftHistory history;
    private final ObjectProvider<SubmissionNumbers> numbers;

    DraftPageController(DraftDesk drafting, ApplicationRegister register, CallRounds rounds,
                        OrganisationRegister organisations, DraftView view, DraftErrors errors,
                        SubmissionDesk submissions, DraftHistory history, ObjectProvider<SubmissionNumbers> numbers) {
        this.numbers = numbers;
        this.drafting = drafting;
        this.register = register;
        this.rounds = rounds;
        this.organisations = organisations;
        this.view = view;
        this.errors = errors;
        this.submissions = submissions;
        this.history = history;
    }

    /**
     * The applications a person may see, each with its round, the round's deadline in Brussels time, the number
     * submission gave it and the applicant organisation's name (issue 13).
     */
    @GetMapping("/applications")
    String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<ApplicationSummary> applications = register.actingFor(user.id());
        Map<CallRoundId, CallRoundSummary> roundsById = rounds.all().stream()
                .collect(Collectors.toMap(CallRoundSummary::id, round -> round));
        SubmissionNumbers submitted = numbers.getIfAvailable();
        Map<ApplicationId, String> numbered = submitted == null ? Map.of()
                : submitted.numbersOf(applications.stream().map(ApplicationSummary::id).toList());
        Map<String, String> names = new HashMap<>();
        model.addAttribute("applications", applications.stream().map(application -> new ApplicationRow(application,
                roundsById.get(application.round()), numbered.get(application.id()),
                names.computeIfAbsent(application.applicantOid(), oid -> Oid.isOid(oid)
                        ? organisations.byOid(Oid.of(oid)).map(OrganisationSummary::legalName).orElse(null)
                        : null))).toList());
        return "drafting/mine";
    }

    @GetMapping("/applications/new")
    String startForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("rounds", rounds.openNow());
        model.addAttribute("organisations", organisations.actingFor(user.id()));
        return "drafting/new";
    }

    @PostMapping("/applications")
    String start(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String round,
                 @RequestParam(required = false) @Nullable String actionType,
                 @RequestParam(required = false) @Nullable String applicant,
                 @RequestParam(required = false) @Nullable String title, Model model, Locale locale) {
        try {
            var chosen = round == null || round.isBlank() ? null
                    : rounds.find(CallRoundId.of(round)).orElse(null);
            if (chosen == null || actionType == null || applicant == null) {
                throw new DraftRefused(DraftRefused.Reason.ROUND_NOT_OPEN, "-");
            }
            var organisation = organisations.actingFor(user.id()).stream()
                    .filter(found -> found.oid().value().equals(applicant)).findFirst()
                    .orElseThrow(() -> new DraftRefused(DraftRefused.Reason.NOT_ACTING_FOR_APPLICANT, applicant));
            String document = StartingDocument.of(chosen.callYear(), actionType, title, organisation);
            ApplicationSummary draft = drafting.start(user.id(), document, chosen.id());
            return "redirect:/applications/" + draft.id();
        } catch (DraftRefused | MalformedDocument | IllegalArgumentException refused) {
            model.addAttribute("errors", errors.lines(refused, locale));
            return startForm(user, model);
        }
    }

    @GetMapping("/applications/{id}")
    String tasks(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id, Model model,
                 Locale locale) {
        DraftOverview overview = drafting.overview(user.id(), id);
        var sections = drafting.sections(user.id(), id);
        model.addAttribute("overview", overview);
        model.addAttribute("draft", overview.summary());
        model.addAttribute("groups", TaskGroups.ALL);
        model.addAttribute("members", drafting.members(user.id(), id));
        model.addAttribute("invitations", drafting.pendingInvitations(user.id(), id));
        if (!model.containsAttribute("revokedInvitation")) {
            model.addAttribute("revokedInvitation", null);
        }
        model.addAttribute("round", rounds.find(overview.summary().round()).orElse(null));
        // After submission: the number and the receipt of the submission that counts (the last one).
        List<SubmissionSummary> submitted = submissions.submissions(id, user);
        model.addAttribute("submitted", submitted.isEmpty() ? null : submitted.get(submitted.size() - 1));
        view.addCheck(id, sections, model, locale);
        return "drafting/tasks";
    }

    /**
     * A refused invitation shows the task list again with the message and the address as typed: neither goes into
     * the session, which holds only what every node can read back.
     */
    @PostMapping("/applications/{id}/members")
    String invite(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                  @RequestParam(required = false) @Nullable String email,
                  @RequestParam(defaultValue = "EDIT") Access access, RedirectAttributes redirect, Model model,
                  Locale locale) {
        try {
            String typed = email == null ? "" : email.trim();
            drafting.invite(user.id(), id, typed, access);
            redirect.addFlashAttribute("invited", typed);
            return "redirect:/applications/" + id + "#members";
        } catch (DraftRefused refused) {
            model.addAttribute("inviteErrors", errors.lines(refused, locale));
            model.addAttribute("inviteEmail", email);
            return tasks(user, id, model, locale);
        }
    }

    /** The coordinator's side withdraws an invitation that no account has taken up yet (issue #15). */
    @PostMapping("/applications/{id}/invitations/revocation")
    String revokeInvitation(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                            @RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
        drafting.revokeInvitation(user.id(), id, email);
        redirect.addFlashAttribute("revokedInvitation", email.strip());
        return "redirect:/applications/" + id + "#members";
    }

    /** A missing or too long reason shows the task list again with the message and the reason as typed. */
    @PostMapping("/applications/{id}/withdrawal")
    String withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                    @RequestParam(required = false) @Nullable String reason, Model model, Locale locale) {
        try {
            if (reason == null || reason.isBlank()) {
                throw new DraftRefused(DraftRefused.Reason.WITHDRAWAL_REASON_MISSING);
            }
            drafting.withdraw(user.id(), id, reason);
            return "redirect:/applications/" + id;
        } catch (DraftRefused refused) {
            model.addAttribute("withdrawalErrors", errors.lines(refused, locale));
            model.addAttribute("withdrawalReason", reason);
            return tasks(user, id, model, locale);
        }
    }

    @GetMapping("/applications/{id}/history")
    String history(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id, Model model,
                   Locale locale) {
        ApplicationSummary draft = drafting.overview(user.id(), id).summary();
        model.addAttribute("draft", draft);
        model.addAttribute("revisions", history.revisions(draft, drafting.history(user.id(), id), locale));
        return "drafting/history";
    }

    @GetMapping("/applications/{id}/document.json")
    ResponseEntity<String> export(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id) {
        String json = drafting.export(user.id(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("application-" + id + ".json").build().toString())
                .contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                .body(json);
    }

    @GetMapping("/applications/import")
    String importForm(Model model) {
        model.addAttribute("rounds", rounds.openNow());
        return "drafting/import";
    }

    @PostMapping("/applications/import")
    String importDocument(@AuthenticationPrincipal SignedInUser user,
                          @RequestParam(required = false) @Nullable MultipartFile document, Model model,
                          Locale locale) throws IOException {
        try {
            if (document == null || document.isEmpty()) {
                throw new MalformedDocument(List.of(new eu.sadarbe.applications.document.DocumentFault("",
                        eu.sadarbe.applications.document.DocumentFault.Kind.NOT_JSON, List.of())));
            }
            String json = new String(document.getBytes(), StandardCharsets.UTF_8);
            ApplicationSummary draft = drafting.start(user.id(), json, null);
            return "redirect:/applications/" + draft.id();
        } catch (DraftRefused | MalformedDocument | eu.sadarbe.calls.UnknownCallYear refused) {
            model.addAttribute("errors", errors.lines(refused, locale));
            return importForm(model);
        }
    }

    /** The task list's groups, in the order of the application form. */
    static final class TaskGroups {
        static final List<TaskGroup> ALL = List.of(
                new TaskGroup("project", List.of(DraftSection.CONTEXT, DraftSection.ORGANISATIONS, DraftSection.PRIORITIES)),
                new TaskGroup("description", List.of(DraftSection.NEEDS, DraftSection.OBJECTIVES,
                        DraftSection.TARGET_GROUPS, DraftSection.INNOVATION, DraftSection.PARTNERSHIP,
                        DraftSection.IMPACT, DraftSection.DISSEMINATION)),
                new TaskGroup("activities", List.of(DraftSection.MEETINGS, DraftSection.OUTPUTS,
                        DraftSection.MULTIPLIER_EVENTS, DraftSection.LEARNING_ACTIVITIES, DraftSection.SPECIAL_COSTS)),
                new TaskGroup("declaration", List.of(DraftSection.ANNEXES, DraftSection.DECLARATION)));

        private TaskGroups() {
        }

        /** The section after this one on the task list; none after the last (the declaration). */
        static Optional<DraftSection> after(DraftSection section) {
            List<DraftSection> order = ALL.stream().flatMap(group -> group.sections().stream()).toList();
            int at = order.indexOf(section);
            return at < 0 || at + 1 >= order.size() ? Optional.empty() : Optional.of(order.get(at + 1));
        }

        /** The page of the next section, or the task list after the last one: the pages' "Continue" link. */
        static String next(ApplicationId id, DraftSection section) {
            return after(section).map(next -> "/applications/" + id + "/sections/" + next.slug())
                    .orElse("/applications/" + id);
        }

        /** Where "Save and continue" leads: the next section, or the task list after the last one. */
        static String continueFrom(ApplicationId id, DraftSection section) {
            return after(section).map(next -> "/applications/" + id + "/sections/" + next.slug() + "?saved=" + section.slug())
                    .orElse("/applications/" + id + "?saved=" + section.slug());
        }
    }

    /** A line of the applicants' list: the application with its round, number and applicant's name, where known. */
    record ApplicationRow(ApplicationSummary application, @Nullable CallRoundSummary round, @Nullable String number,
                          @Nullable String applicantName) {
    }

    /** A heading of the task list and its sections. */
    record TaskGroup(String name, List<DraftSection> sections) {
    }
}
