package eu.sadarbe.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.experts.AssignmentNotFound;
import eu.sadarbe.assessment.experts.AssignmentRefused;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.experts.ConflictFound;
import eu.sadarbe.assessment.experts.LateConflicts;
import eu.sadarbe.assessment.scoring.AssessmentState;
import eu.sadarbe.assessment.scoring.ConsolidatedScore;
import eu.sadarbe.assessment.scoring.Consolidation;
import eu.sadarbe.assessment.scoring.Criterion;
import eu.sadarbe.assessment.scoring.RoundGroup;
import eu.sadarbe.assessment.scoring.RoundScores;
import eu.sadarbe.assessment.scoring.ScoreProblem;
import eu.sadarbe.assessment.scoring.Scores;
import eu.sadarbe.assessment.scoring.ScoresInvalid;

/**
 * The officer's assessment pages: the agency's eligible applications with their experts, suggesting two experts
 * per application, adjusting them (a conflicting choice is refused with its reason), the third expert (R-AWD-03),
 * and consolidating the final score (R-AWD-02) with the application's history.
 */
@Controller
class AgencyAssessmentPageController {

    private final Assignments assignments;
    private final Consolidation consolidation;
    private final AuditTrail audit;
    private final LateConflicts lateConflicts;
    private final RoundScores roundScores;

    AgencyAssessmentPageController(Assignments assignments, Consolidation consolidation, AuditTrail audit,
                                   LateConflicts lateConflicts, RoundScores roundScores) {
        this.roundScores = roundScores;
        this.lateConflicts = lateConflicts;
        this.assignments = assignments;
        this.consolidation = consolidation;
        this.audit = audit;
    }

    /** A page of 50 of the agency's eligible applications, of one call year, round and action type or of all. */
    @GetMapping("/agency/assessments")
    String overview(@AuthenticationPrincipal SignedInUser officer,
                    @RequestParam(name = "group", required = false) @Nullable String chosen,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        String agency = officer.requireOfficerAgency();
        RoundGroup group = null;
        if (chosen != null && !chosen.isBlank()) {
            try {
                group = RoundGroup.of(chosen.strip());
            } catch (IllegalArgumentException unknown) {
                group = null;
            }
        }
        Consolidation.Overview overview = consolidation.overview(officer, agency, group, page);
        model.addAttribute("agency", agency);
        model.addAttribute("states", overview.states());
        model.addAttribute("routineCount", overview.routineCount());
        model.addAttribute("allGroups", overview.groups().stream().map(RoundGroup::toString).toList());
        model.addAttribute("groups", overview.states().stream().map(state -> new RoundGroup(
                state.application().callYear(), state.application().roundNumber(),
                state.application().actionType()).toString()).distinct().toList());
        model.addAttribute("group", group == null ? "" : group.toString());
        model.addAttribute("count", overview.count());
        model.addAttribute("page", overview.page());
        model.addAttribute("pages", overview.pages());
        return "assessment/agency";
    }

    /**
     * Issue 13, item 15: the routine cases listed with their suggested scores, consolidated with one confirmation;
     * 50 at a time (issue 21), the next 50 shown once these are consolidated.
     */
    @GetMapping("/agency/assessments/routine")
    String routine(@AuthenticationPrincipal SignedInUser officer, Model model) {
        String agency = officer.requireOfficerAgency();
        model.addAttribute("agency", agency);
        Consolidation.RoutineCases routine = consolidation.routine(officer, agency);
        model.addAttribute("routine", routine.states());
        model.addAttribute("routineCount", routine.count());
        return "assessment/routine";
    }

    @PostMapping("/agency/assessments/routine")
    String consolidateRoutine(@AuthenticationPrincipal SignedInUser officer,
                              @RequestParam(name = "application", required = false) @Nullable List<ApplicationId> chosen,
                              RedirectAttributes redirect) {
        redirect.addFlashAttribute("routineConsolidated",
                consolidation.consolidateRoutine(officer, chosen == null ? List.of() : chosen));
        return "redirect:/agency/assessments";
    }

    /** Issue 13, item 16: every score and comment of a round ({@code 2020-2}) as a spreadsheet or CSV. */
    @GetMapping("/agency/rounds/{round}/scores.{format}")
    ResponseEntity<byte[]> scores(@AuthenticationPrincipal SignedInUser officer, @PathVariable String round,
                                  @PathVariable String format,
                                  @RequestParam(required = false) @Nullable String separator,
                                  java.util.Locale locale) {
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("(20\\d{2})-(\\d)").matcher(round);
        if (!parts.matches() || !List.of("xlsx", "csv").contains(format)) {
            throw new AssignmentNotFound();
        }
        var rows = roundScores.rows(officer, Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)));
        boolean xlsx = format.equals("xlsx");
        return ResponseEntity.ok()
                .contentType(xlsx ? MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        : MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("scores-" + round + "." + format).build().toString())
                .body(xlsx ? roundScores.xlsx(rows, round, locale) : roundScores.csv(rows,
                        eu.sadarbe.web.CsvFiles.Separator.chosen(separator, locale), locale));
    }

    @PostMapping("/agency/assessments/suggestions")
    String suggest(@AuthenticationPrincipal SignedInUser officer, @RequestParam RoundGroup group,
                   RedirectAttributes redirect) {
        int made = assignments.suggest(officer, group.callYear(), group.roundNumber(), group.actionType()).size();
        redirect.addFlashAttribute("suggested", made);
        return "redirect:/agency/assessments";
    }

    @GetMapping("/agency/assessments/{applicationId}")
    String application(@AuthenticationPrincipal SignedInUser officer, @PathVariable ApplicationId applicationId,
                       Model model) {
        return page(officer, applicationId, null, List.of(), model);
    }

    @PostMapping("/agency/assessments/{applicationId}/assignments/{assignmentId}/replacement")
    String replace(@AuthenticationPrincipal SignedInUser officer, @PathVariable ApplicationId applicationId,
                   @PathVariable UUID assignmentId, @RequestParam AccountId expertId, Model model,
                   HttpServletResponse response) {
        try {
            assignments.replace(officer, assignmentId, expertId);
            return "redirect:/agency/assessments/" + applicationId;
        } catch (ConflictFound conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflicts", conflict.conflicts());
            return page(officer, applicationId, null, List.of(), model);
        } catch (AssignmentRefused refused) {
            return refused(officer, applicationId, refused, model, response);
        }
    }

    @PostMapping("/agency/assessments/{applicationId}/assignments")
    String assign(@AuthenticationPrincipal SignedInUser officer, @PathVariable ApplicationId applicationId,
                  @RequestParam AccountId expertId, @RequestParam(defaultValue = "false") boolean third, Model model,
                  HttpServletResponse response) {
        try {
            assignments.assign(officer, applicationId, expertId, third);
            return "redirect:/agency/assessments/" + applicationId;
        } catch (ConflictFound conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflicts", conflict.conflicts());
            return page(officer, applicationId, null, List.of(), model);
        } catch (AssignmentRefused refused) {
            return refused(officer, applicationId, refused, model, response);
        }
    }

    @PostMapping("/agency/assessments/{applicationId}/third-expert")
    String third(@AuthenticationPrincipal SignedInUser officer, @PathVariable ApplicationId applicationId,
                 Model model, HttpServletResponse response) {
        try {
            assignments.suggestThird(officer, applicationId);
            return "redirect:/agency/assessments/" + applicationId;
        } catch (AssignmentRefused refused) {
            // R-AWD-03: nobody suitable; the page says so and offers the pool for the officer's own choice.
            return refused(officer, applicationId, refused, model, response);
        }
    }

    private String refused(SignedInUser officer, ApplicationId applicationId, AssignmentRefused refused, Model model,
                           HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("refusal", "experts.refused." + refused.reason());
        return page(officer, applicationId, null, List.of(), model);
    }

    @PostMapping("/agency/assessments/{applicationId}/consolidation")
    String consolidate(@AuthenticationPrincipal SignedInUser officer, @PathVariable ApplicationId applicationId,
                       @ModelAttribute("consolidationForm") ConsolidationForm form, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        List<ScoreProblem> problems = new ArrayList<>();
        Scores scores = form.scores(problems);
        var grant = form.grant(problems);
        try {
            if (problems.isEmpty() && scores != null) {
                consolidation.consolidate(officer, applicationId, scores, form.overrideReason(), grant,
                        form.assessmentComment());
                redirect.addFlashAttribute("consolidated", true);
                return "redirect:/agency/assessments/" + applicationId;
            }
        } catch (ScoresInvalid invalid) {
            problems.addAll(invalid.problems());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(officer, applicationId, form, problems, model);
    }

    private String page(SignedInUser officer, ApplicationId id, @Nullable ConsolidationForm form,
                        List<ScoreProblem> problems, Model model) {
        AssessmentState state = consolidation.state(officer, id);
        // Issue 13, item 12: conflicts found after the assignment suspend it; the officer sees which and why.
        lateConflicts.reviewAgency(state.application().nationalAgencyCode(), officer);
        if (!lateConflicts.suspendedOf(id).isEmpty()) {
            state = consolidation.state(officer, id);
        }
        model.addAttribute("suspended", lateConflicts.suspendedOf(id));
        model.addAttribute("state", state);
        model.addAttribute("candidates", assignments.candidates(state.application()));
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("history", audit.of(id));
        model.addAttribute("problems", problems);
        if (form == null && state.suggestion() != null) {
            String comment = state.consolidation().map(ConsolidatedScore::assessmentComment)
                    .orElse(consolidation.proposedComment(state));
            form = ConsolidationForm.of(state.consolidation().map(ConsolidatedScore::scores)
                    .orElse(state.suggestion()), state.suggestedGrant(), comment);
        }
        model.addAttribute("consolidationForm", form);
        return "assessment/assessment-application";
    }
}
