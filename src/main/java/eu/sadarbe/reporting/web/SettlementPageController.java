package eu.sadarbe.reporting.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;
import eu.sadarbe.reporting.domain.AgencyReportPage;
import eu.sadarbe.reporting.domain.ExpertInConflict;
import eu.sadarbe.reporting.domain.ReportExpertReviews;
import eu.sadarbe.reporting.domain.ReportOutOfReach;
import eu.sadarbe.reporting.domain.ReportRefused;
import eu.sadarbe.reporting.domain.ReportSettlement;

/**
 * The agency's side of reports on screen: the submitted reports of the officer's agency (filters, pages) and one
 * report's assessment — every line with R-RED-02's ineligibility and its reason, the score (R-RED-01), the final
 * grant awarded / reported / accepted per category, returning for changes and approval with the order it gives, and
 * the final letter (also for the project's people); an expert of the pool assigned to a final report (issue 19 item 4)
 * and the expert's score taken as the report's.
 */
@Controller
class SettlementPageController {

    static final int PAGE_SIZE = 25;

    private final ReportSettlement settlement;
    private final ReportExpertReviews experts;

    SettlementPageController(ReportSettlement settlement, ReportExpertReviews experts) {
        this.settlement = settlement;
        this.experts = experts;
    }

    @GetMapping("/agency/reports")
    String reports(@RequestParam(defaultValue = "SUBMITTED") String status, @RequestParam(defaultValue = "") String kind,
                   @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") String page,
                   @AuthenticationPrincipal SignedInUser user, Model model) {
        ReportStatus wanted = parse(ReportStatus.class, status, ReportStatus.SUBMITTED);
        ReportKind kindWanted = parse(ReportKind.class, kind, null);
        String text = q.strip().toLowerCase(Locale.ROOT);
        AgencyReportPage found = settlement.ofAgency(wanted, kindWanted, text, whole(page, 0), PAGE_SIZE, user);
        model.addAttribute("reports", found.reports());
        model.addAttribute("count", found.total());
        model.addAttribute("page", found.page());
        model.addAttribute("pages", found.pages());
        model.addAttribute("status", wanted.name());
        model.addAttribute("kind", kindWanted == null ? "" : kindWanted.name());
        model.addAttribute("q", q.strip());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("kinds", ReportKind.values());
        return "reporting/agency-reports";
    }

    @GetMapping("/agency/reports/{id}")
    String report(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        ReportSettlement.Assessed assessed = settlement.read(reportId(id), user);
        model.addAttribute("a", assessed);
        model.addAttribute("report", assessed.report());
        model.addAttribute("project", assessed.report().project());
        model.addAttribute("figures", assessed.figures());
        model.addAttribute("categories", BudgetCategory.values());
        model.addAttribute("submitted", assessed.report().status() == ReportStatus.SUBMITTED);
        model.addAttribute("final", assessed.report().kind() == ReportKind.FINAL);
        if (assessed.report().kind() == ReportKind.FINAL) {
            // Issue 19 item 4: the expert assigned (if any), and the pool with the conflicts found while one may be.
            model.addAttribute("expertReview", experts.of(assessed.report().id(), user).orElse(null));
            model.addAttribute("candidates", assessed.report().status() == ReportStatus.SUBMITTED
                    ? experts.candidates(assessed.report().id(), user) : List.of());
        }
        return "reporting/agency-report";
    }

    @PostMapping("/agency/reports/{id}/ineligible")
    String ineligible(@PathVariable String id, @RequestParam(defaultValue = "") String line,
                      @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInUser user,
                      RedirectAttributes redirect) {
        return act(redirect, id, "line-" + line, "settlement.done.ineligible",
                () -> settlement.markIneligible(reportId(id), line, reason, user));
    }

    @PostMapping("/agency/reports/{id}/eligible")
    String eligible(@PathVariable String id, @RequestParam(defaultValue = "") String line,
                    @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(redirect, id, "line-" + line, "settlement.done.eligible",
                () -> settlement.undoIneligible(reportId(id), line, user));
    }

    @PostMapping("/agency/reports/{id}/score")
    String score(@PathVariable String id, @RequestParam(defaultValue = "") String score,
                 @RequestParam(defaultValue = "") String comments, @AuthenticationPrincipal SignedInUser user,
                 RedirectAttributes redirect) {
        return act(redirect, id, "score", "settlement.done.scored", () -> {
            int points = whole(score, -1);
            if (points < 0) {
                throw new ReportRefused("settlement.refused.scoreNotNumber", "R-RED-01");
            }
            settlement.score(reportId(id), points, comments, user);
        });
    }

    /** Issue 19 item 4: an expert of the pool, refused with the conflicts of interest found. */
    @PostMapping("/agency/reports/{id}/expert")
    String assignExpert(@PathVariable String id, @RequestParam(defaultValue = "") String expert,
                        @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(redirect, id, "expert", "reportExperts.done.assigned", () -> {
            AccountId expertId;
            try {
                expertId = new AccountId(UUID.fromString(expert.strip()));
            } catch (IllegalArgumentException malformed) {
                throw new ReportRefused("reportExperts.refused.notInPool", null);
            }
            experts.assign(reportId(id), expertId, user);
        });
    }

    /** R-RED-01: the expert's score and comments become the report's; the reduction follows. */
    @PostMapping("/agency/reports/{id}/expert-score")
    String takeExpertScore(@PathVariable String id, @AuthenticationPrincipal SignedInUser user,
                           RedirectAttributes redirect) {
        return act(redirect, id, "score", "reportExperts.done.taken", () -> experts.takeScore(reportId(id), user));
    }

    @PostMapping("/agency/reports/{id}/return")
    String returnForChanges(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
                            @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(redirect, id, "decision", "settlement.done.returned",
                () -> settlement.returnForChanges(reportId(id), reason, user));
    }

    @PostMapping("/agency/reports/{id}/approval")
    String approve(@PathVariable String id, @RequestParam(defaultValue = "false") String confirm,
                   @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(redirect, id, "decision", "settlement.done.approved", () -> {
            if (!"true".equals(confirm)) {
                throw new ReportRefused("settlement.refused.confirmMissing", null);
            }
            settlement.approve(reportId(id), user);
        });
    }

    @GetMapping("/agency/reports/{id}/letter")
    ResponseEntity<byte[]> letter(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        return pdf(settlement.letter(reportId(id), user), id);
    }

    @GetMapping("/projects/{agreementId}/final-letter")
    ResponseEntity<byte[]> projectLetter(@PathVariable String agreementId,
                                         @AuthenticationPrincipal SignedInUser user) {
        GrantAgreementId agreement;
        try {
            agreement = GrantAgreementId.of(agreementId);
        } catch (IllegalArgumentException malformed) {
            throw new ReportOutOfReach();
        }
        return pdf(settlement.finalLetterOf(agreement, user), agreementId);
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("final-letter-" + name + ".pdf").build().toString())
                .body(content);
    }

    private static String act(RedirectAttributes redirect, String id, String anchor, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (ReportRefused refused) {
            if (refused instanceof ExpertInConflict conflict) {
                redirect.addFlashAttribute("conflicts", conflict.conflicts());
            }
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemRule", refused.rule());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/agency/reports/" + reportId(id) + (anchor.matches("[A-Za-z0-9_-]{1,100}") ? "#" + anchor : "");
    }

    private static ReportId reportId(String id) {
        try {
            return ReportId.of(id);
        } catch (IllegalArgumentException malformed) {
            throw new ReportOutOfReach();
        }
    }

    private static int whole(String value, int otherwise) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notNumber) {
            return otherwise;
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value, @Nullable E otherwise) {
        try {
            return value.isBlank() ? otherwise : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return otherwise;
        }
    }
}
