package eu.sadarbe.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.AssignmentStatus;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.scoring.ApplicationReading;
import eu.sadarbe.assessment.scoring.AssessmentLocked;
import eu.sadarbe.assessment.scoring.Criterion;
import eu.sadarbe.assessment.scoring.ScoreProblem;
import eu.sadarbe.assessment.scoring.ScoreSheet;
import eu.sadarbe.assessment.scoring.ScoresInvalid;
import eu.sadarbe.assessment.scoring.Scoring;
import eu.sadarbe.web.PublicPaths;

/**
 * The expert's pages: their assignments, the declaration of no conflict of interest, and the assessment form with
 * drafts saved as they type (R-AWD-01). The autosave answers even after the session expired, saying so, while the
 * page keeps the text (and the browser a copy) until the expert signs in again.
 */
@Controller
class ExpertScoringPageController {

    private final Assignments assignments;
    private final AssessableApplications applications;
    private final Scoring scoring;
    private final ApplicationReading reading;


    ExpertScoringPageController(Assignments assignments, AssessableApplications applications, Scoring scoring,
                                ApplicationReading reading) {
        this.assignments = assignments;
        this.applications = applications;
        this.scoring = scoring;
        this.reading = reading;
    }

    /** Security lets the autosave through without a session, so that its answer can tell the expert. */
    @Bean
    static PublicPaths autosavePublicPaths() {
        return PublicPaths.of("/assessments/*/draft");
    }

    @GetMapping("/assessments")
    String mine(@AuthenticationPrincipal SignedInUser expert, Model model) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Assignment assignment : assignments.mine(expert)) {
            Assessable application = applications.byId(assignment.applicationId()).orElseThrow();
            rows.add(Map.of("assignment", assignment, "application", application,
                    "sheet", scoring.sheetOf(assignment.id())));
        }
        model.addAttribute("rows", rows);
        return "assessment/mine";
    }

    @GetMapping("/assessments/{id}")
    String assessment(@AuthenticationPrincipal SignedInUser expert, @PathVariable UUID id, Model model) {
        Assignment assignment = assignments.ofExpert(expert, id);
        if (assignment.status() == AssignmentStatus.OFFERED) {
            return declaration(assignment, null, model);
        }
        ScoreSheet sheet = scoring.sheet(expert, id);
        return page(assignment, sheet, ScoreForm.of(sheet), List.of(), model);
    }

    @PostMapping("/assessments/{id}/declaration")
    String declare(@AuthenticationPrincipal SignedInUser expert, @PathVariable UUID id,
                   @RequestParam(required = false) @Nullable String conflict,
                   @RequestParam(required = false) @Nullable String reason, Model model,
                   HttpServletResponse response) {
        Assignment assignment = assignments.ofExpert(expert, id);
        boolean declaresConflict = "yes".equals(conflict);
        if (conflict == null || (declaresConflict && (reason == null || reason.isBlank()))) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return declaration(assignment, conflict == null ? "scoring.declaration.choose"
                    : "scoring.declaration.reasonRequired", model);
        }
        assignments.declare(expert, id, declaresConflict, declaresConflict ? reason.strip() : null);
        return declaresConflict ? "redirect:/assessments?released" : "redirect:/assessments/" + id;
    }

    @PostMapping(path = "/assessments/{id}", params = "action=save")
    String save(@AuthenticationPrincipal SignedInUser expert, @PathVariable UUID id,
                @ModelAttribute("form") ScoreForm form, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        List<ScoreProblem> problems = new ArrayList<>();
        ScoreSheet draft = form.toSheet(id, problems);
        try {
            if (problems.isEmpty()) {
                scoring.saveDraft(expert, id, draft);
                redirect.addFlashAttribute("draftSaved", true);
                return "redirect:/assessments/" + id;
            }
        } catch (ScoresInvalid invalid) {
            problems.addAll(invalid.problems());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(assignments.ofExpert(expert, id), scoring.sheet(expert, id), form, problems, model);
    }

    @PostMapping(path = "/assessments/{id}", params = "action=submit")
    String submit(@AuthenticationPrincipal SignedInUser expert, @PathVariable UUID id,
                  @ModelAttribute("form") ScoreForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        List<ScoreProblem> problems = new ArrayList<>();
        ScoreSheet draft = form.toSheet(id, problems);
        try {
            if (problems.isEmpty()) {
                scoring.saveDraft(expert, id, draft);
                scoring.submit(expert, id);
                redirect.addFlashAttribute("submitted", true);
                return "redirect:/assessments/" + id;
            }
        } catch (ScoresInvalid invalid) {
            problems.addAll(invalid.problems());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(assignments.ofExpert(expert, id), scoring.sheet(expert, id), form, problems, model);
    }

    /** The autosave (htmx, on typing): saves and says when, or says why not — never loses the text. */
    @PostMapping(path = "/assessments/{id}/draft", headers = "HX-Request=true")
    String autosave(@AuthenticationPrincipal @Nullable SignedInUser expert, @PathVariable UUID id,
                    @ModelAttribute("form") ScoreForm form, Model model, HttpServletResponse response) {
        if (expert == null) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("expired", true);
            return "assessment/score :: autosaved";
        }
        List<ScoreProblem> problems = new ArrayList<>();
        ScoreSheet draft = form.toSheet(id, problems);
        try {
            if (problems.isEmpty()) {
                model.addAttribute("sheet", scoring.saveDraft(expert, id, draft));
            }
        } catch (ScoresInvalid invalid) {
            problems.addAll(invalid.problems());
        } catch (AssessmentLocked locked) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("locked", true);
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("problems", problems);
        return "assessment/score :: autosaved";
    }

    private String declaration(Assignment assignment, @Nullable String error, Model model) {
        Assessable application = applications.byId(assignment.applicationId()).orElseThrow();
        model.addAttribute("assignment", assignment);
        model.addAttribute("frozen", reading.read(application));
        model.addAttribute("error", error);
        return "assessment/declaration";
    }

    private String page(Assignment assignment, ScoreSheet sheet, ScoreForm form, List<ScoreProblem> problems,
                        Model model) {
        Assessable application = applications.byId(assignment.applicationId()).orElseThrow();
        model.addAttribute("assignment", assignment);
        model.addAttribute("sheet", sheet);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("rules", scoring.rules(application));
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("frozen", reading.read(application));
        model.addAttribute("minimumComment", Scoring.MINIMUM_COMMENT_LENGTH);
        return "assessment/score";
    }
}
