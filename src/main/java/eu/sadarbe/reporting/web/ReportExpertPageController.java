package eu.sadarbe.reporting.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.domain.ReportExpertReview;
import eu.sadarbe.reporting.domain.ReportExpertReviews;
import eu.sadarbe.reporting.domain.ReportOutOfReach;
import eu.sadarbe.reporting.domain.ReportRefused;

/**
 * The expert's side of final reports (issue 19 item 4), beside their applications under {@code /assessments}: the
 * reports assigned to them, the declaration of no conflict of interest before reading, the report read-only (no
 * participants' names) and the score out of the call year's maximum with comments (R-RED-01). Anyone but the
 * assigned expert finds no report (404).
 */
@Controller
class ReportExpertPageController {

    private final ReportExpertReviews experts;

    ReportExpertPageController(ReportExpertReviews experts) {
        this.experts = experts;
    }

    @GetMapping("/assessments/reports")
    String mine(@AuthenticationPrincipal SignedInUser expert, Model model) {
        model.addAttribute("rows", experts.mine(expert));
        return "reporting/expert-reports";
    }

    @GetMapping("/assessments/reports/{id}")
    String report(@PathVariable String id, @AuthenticationPrincipal SignedInUser expert, Model model) {
        ReportExpertReviews.Assigned assigned = experts.assignment(reportId(id), expert);
        model.addAttribute("review", assigned.review());
        model.addAttribute("report", assigned.report());
        model.addAttribute("project", assigned.report().project());
        if (assigned.review().status() == ReportExpertReview.Status.OFFERED) {
            return "reporting/expert-declaration";
        }
        ReportExpertReviews.Reading reading = experts.read(reportId(id), expert);
        model.addAttribute("r", reading);
        model.addAttribute("figures", reading.figures());
        model.addAttribute("categories", BudgetCategory.values());
        return "reporting/expert-report";
    }

    @PostMapping("/assessments/reports/{id}/declaration")
    String declare(@PathVariable String id, @RequestParam(required = false) @Nullable String conflict,
                   @RequestParam(required = false) @Nullable String reason,
                   @AuthenticationPrincipal SignedInUser expert, RedirectAttributes redirect) {
        ReportId report = reportId(id);
        try {
            if (!"yes".equals(conflict) && !"no".equals(conflict)) {
                throw new ReportRefused("reportExperts.refused.chooseDeclaration", null);
            }
            boolean declared = "yes".equals(conflict);
            experts.declare(report, expert, declared, reason);
            if (declared) {
                redirect.addFlashAttribute("done", "reportExperts.done.released");
                return "redirect:/assessments/reports";
            }
            redirect.addFlashAttribute("done", "reportExperts.done.declared");
        } catch (ReportRefused refused) {
            problem(redirect, refused);
        }
        return "redirect:/assessments/reports/" + report;
    }

    @PostMapping("/assessments/reports/{id}/score")
    String score(@PathVariable String id, @RequestParam(defaultValue = "") String score,
                 @RequestParam(defaultValue = "") String comments, @AuthenticationPrincipal SignedInUser expert,
                 RedirectAttributes redirect) {
        ReportId report = reportId(id);
        try {
            int points;
            try {
                points = Integer.parseInt(score.strip());
            } catch (NumberFormatException notNumber) {
                throw new ReportRefused("settlement.refused.scoreNotNumber", "R-RED-01");
            }
            experts.score(report, expert, points, comments);
            redirect.addFlashAttribute("done", "reportExperts.done.scored");
        } catch (ReportRefused refused) {
            problem(redirect, refused);
        }
        return "redirect:/assessments/reports/" + report + "#score";
    }

    private static void problem(RedirectAttributes redirect, ReportRefused refused) {
        redirect.addFlashAttribute("problem", refused.messageKey());
        redirect.addFlashAttribute("problemRule", refused.rule());
        redirect.addFlashAttribute("problemArguments", refused.arguments());
    }

    private static ReportId reportId(String id) {
        try {
            return ReportId.of(id);
        } catch (IllegalArgumentException malformed) {
            throw new ReportOutOfReach();
        }
    }
}
