package eu.sadarbe.selection.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
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

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.RoundStillOpen;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.selection.domain.Candidate;
import eu.sadarbe.selection.domain.ChangeRefused;
import eu.sadarbe.selection.domain.DecisionLetters;
import eu.sadarbe.selection.domain.LetterLanguages;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.OverEnvelope;
import eu.sadarbe.selection.domain.RankedApplication;
import eu.sadarbe.selection.domain.Ranking;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.web.Formats;
import eu.sadarbe.web.Pagination;

/**
 * The officer's selection pages (R-AWD-05): the ranking with its cut-off and what-if envelope (an htmx fragment,
 * nothing saved), the envelope, decisions and letters; one page per application for the grant, an individual
 * decision and its letter; the ranking as .xlsx and PDF.
 */
@Controller
class SelectionPageController {

    /** Issue 21: the parameter of the ranking's page; by default the page with the cut-off. */
    static final String PAGE = "page";

    private final SelectionDesk desk;
    private final DecisionLetters letters;
    private final LetterLanguages languages;
    private final AuditTrail audit;
    private final RankingExport export;

    SelectionPageController(SelectionDesk desk, DecisionLetters letters, LetterLanguages languages, AuditTrail audit,
                            RankingExport export) {
        this.desk = desk;
        this.letters = letters;
        this.languages = languages;
        this.audit = audit;
        this.export = export;
    }

    @GetMapping("/agency/selection")
    String page(@RequestParam(required = false) @Nullable Integer year,
                @RequestParam(required = false) @Nullable Integer round,
                @RequestParam(required = false) @Nullable String actionType,
                @RequestParam(required = false) @Nullable String whatIf,
                @AuthenticationPrincipal SignedInUser user, Model model, Locale locale, HttpServletRequest request) {
        if (year == null || round == null || actionType == null) {
            model.addAttribute("rankings", desk.rankings(user));
            return "selection/rankings";
        }
        RankingKey key = key(user, year, round, actionType);
        Ranking ranking = whatIf(key, whatIf, user, model, locale, request);
        paged("failing", ranking.failing(), request, model);
        paged("ineligible", ranking.ineligible(), request, model);
        model.addAttribute("envelope", desk.envelope(key, user));
        model.addAttribute("history", desk.envelopeHistory(key, user));
        model.addAttribute("decisions", desk.decisions(key, user));
        model.addAttribute("decided", desk.decided(key, user));
        model.addAttribute("key", key);
        // R-SUB-01: decisions and letters are offered only once every deadline of the round has passed.
        model.addAttribute("stillOpen", desk.stillOpen(key, user).orElse(null));
        return "selection/ranking";
    }

    /**
     * What-if: the ranking table for another envelope, recalculated as the officer types; nothing is saved. Paged as
     * the page is: the cut-off's page of the new envelope unless a page is asked for.
     */
    @GetMapping(path = "/agency/selection", headers = "HX-Request=true", params = "whatIf")
    String whatIf(@RequestParam int year, @RequestParam int round, @RequestParam String actionType,
                  @RequestParam String whatIf, @AuthenticationPrincipal SignedInUser user, Model model,
                  Locale locale, HttpServletRequest request) {
        RankingKey key = key(user, year, round, actionType);
        whatIf(key, whatIf, user, model, locale, request);
        model.addAttribute("decisions", desk.decisions(key, user));
        model.addAttribute("key", key);
        return "selection/ranking :: ranking";
    }

    /**
     * The ranking for the typed what-if envelope, read as the officer's language writes amounts (issue 13, item 17);
     * one that cannot be read is a field error, and the ranking stays at the saved envelope, saying so. Issue 21:
     * the table shows one page of it, by default the one with the cut-off; the figures above count every row.
     */
    private Ranking whatIf(RankingKey key, @Nullable String typed, SignedInUser user, Model model, Locale locale,
                           HttpServletRequest request) {
        BigDecimal amount = TypedAmount.parse(typed, locale);
        Ranking ranking = amount == null ? desk.ranking(key, user) : desk.whatIf(key, amount, user);
        model.addAttribute("ranking", ranking);
        model.addAttribute("whatIf", amount);
        model.addAttribute("whatIfInvalid", typed != null && !typed.isBlank() && amount == null);
        model.addAttribute("whatIfTyped", typed);
        Integer requested = RowPage.number(request.getParameter(PAGE));
        RowPage<RankedApplication> rows = RowPage.around(ranking.ranked(), ranking.cutOffRank(), requested);
        model.addAttribute("rankingRows", rows);
        model.addAttribute("rankingPages", Pagination.of(request, PAGE, rows.page(), rows.pages(), rows.anchorPage(),
                "#ranking-page"));
        model.addAttribute("cutOffLink", Pagination.link(request, PAGE, null) + "#cut-off");
        // The per-row forms bring the officer back to the page asked for; the default page follows the cut-off.
        model.addAttribute("requestedPage", requested == null ? null : rows.page());
        return ranking;
    }

    /**
     * Issue 21: the applications below the pass marks or formally ineligible, a page of them at a time from the
     * first ({@code failingPage}, {@code ineligiblePage}); the exports list them all.
     */
    private static void paged(String list, List<Candidate> all, HttpServletRequest request, Model model) {
        RowPage<Candidate> rows = RowPage.of(all, RowPage.number(request.getParameter(list + "Page")));
        model.addAttribute(list + "Rows", rows);
        // These lists have no anchor page: the cut-off is the ranking's
        model.addAttribute(list + "Pages", Pagination.of(request, list + "Page", rows.page(), rows.pages(), 0,
                "#" + list + "-table"));
    }

    @PostMapping("/agency/selection/envelope")
    String setEnvelope(@RequestParam int year, @RequestParam int round, @RequestParam String actionType,
                       @RequestParam String amount, @RequestParam(required = false) @Nullable String reserveSize,
                       @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        RankingKey key = key(user, year, round, actionType);
        BigDecimal euros = amount(amount);
        Integer size = reserveSize == null ? Integer.valueOf(desk.defaultReserveSize(key)) : integer(reserveSize);
        if (euros == null) {
            redirect.addFlashAttribute("problem", "selection.problem.envelopeAmount");
        } else if (size == null) {
            redirect.addFlashAttribute("problem", SelectionDesk.RESERVE_SIZE_PROBLEM);
            redirect.addFlashAttribute("problemArgument", desk.maximumReserveSize(key));
        } else {
            try {
                desk.setEnvelope(key, euros, size, user);
                redirect.addFlashAttribute("done", "selection.done.envelope");
            } catch (ChangeRefused refused) {
                redirect.addFlashAttribute("problem", refused.messageKey());
                if (refused.arguments().length > 0) {
                    redirect.addFlashAttribute("problemArgument", refused.arguments()[0]);
                }
            }
        }
        return redirectTo(key);
    }

    @PostMapping("/agency/selection/decisions")
    String recordDecisions(@RequestParam int year, @RequestParam int round, @RequestParam String actionType,
                           @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        RankingKey key = key(user, year, round, actionType);
        try {
            redirect.addFlashAttribute("count", desk.recordDecisions(key, user));
            redirect.addFlashAttribute("done", "selection.done.decisions");
        } catch (RoundStillOpen open) {
            redirect.addFlashAttribute("refusedUntil", new Formats().brusselsTime(open.deadline().moment()));
        }
        return redirectTo(key);
    }

    @PostMapping("/agency/selection/letters")
    String issueLetters(@RequestParam int year, @RequestParam int round, @RequestParam String actionType,
                        @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        RankingKey key = key(user, year, round, actionType);
        try {
            redirect.addFlashAttribute("count", desk.issueLetters(key, user));
            redirect.addFlashAttribute("done", "selection.done.letters");
        } catch (RoundStillOpen open) {
            redirect.addFlashAttribute("refusedUntil", new Formats().brusselsTime(open.deadline().moment()));
        }
        return redirectTo(key);
    }

    @GetMapping("/agency/selection/applications/{id}")
    String application(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Candidate candidate = desk.candidate(id, user);
        model.addAttribute("candidate", candidate);
        model.addAttribute("ranking", desk.ranking(candidate.ranking(), user));
        model.addAttribute("decision", desk.decisions(candidate.ranking(), user).get(id));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("history", audit.of(id));
        model.addAttribute("stillOpen", desk.stillOpen(id, user).orElse(null));
        model.addAttribute("decided", desk.decided(candidate.ranking(), user));
        // Issue 17: the letter's language, delivery and register number, and whether the agency confirmed its text.
        model.addAttribute("letterLanguage", letters.language(id));
        model.addAttribute("applicationLanguage", languages.of(id));
        model.addAttribute("delivery", letters.delivery(id));
        model.addAttribute("letterReference", letters.reference(id));
        model.addAttribute("assessmentComment", letters.assessmentComment(id));
        model.addAttribute("letterSettings", letters.settingsOf(candidate.ranking().nationalAgencyCode()).orElse(null));
        return "selection/application";
    }

    @PostMapping("/agency/selection/applications/{id}/grant")
    String changeGrant(@PathVariable ApplicationId id, @RequestParam String amount,
                       @RequestParam(required = false) @Nullable String reason,
                       @RequestParam(required = false) @Nullable String returnTo,
                       @RequestParam(required = false) @Nullable String page,
                       @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        BigDecimal euros = amount(amount);
        try {
            if (euros == null) {
                throw new ChangeRefused("selection.problem.grantAmount");
            }
            desk.changeGrant(id, euros, reason, user);
            redirect.addFlashAttribute("done", "selection.done.grant");
        } catch (ChangeRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemField", "amount");
        }
        // Issue 13, item 15: the experts' recommended grant, taken from the ranking, returns to the ranking.
        if ("ranking".equals(returnTo)) {
            Integer number = RowPage.number(page);
            return redirectTo(desk.candidate(id, user).ranking()) + (number == null ? "" : "&page=" + number);
        }
        return "redirect:/agency/selection/applications/" + id;
    }

    @PostMapping("/agency/selection/applications/{id}/decision")
    String override(@PathVariable ApplicationId id, @RequestParam Outcome outcome,
                    @RequestParam(required = false) @Nullable String reason,
                    @RequestParam(required = false) @Nullable String overEnvelopeReason,
                    @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        try {
            desk.override(id, outcome, null, reason, overEnvelopeReason, user);
            redirect.addFlashAttribute("done", "selection.done.override");
        } catch (OverEnvelope over) {
            // Shown by how much, the officer's choice and reason kept, and asked for a reason for going over.
            redirect.addFlashAttribute("problem", over.messageKey());
            redirect.addFlashAttribute("problemField", "overEnvelopeReason");
            redirect.addFlashAttribute("overBy", new Formats().money(over.excess()));
            redirect.addFlashAttribute("chosenOutcome", outcome.name());
            redirect.addFlashAttribute("typedReason", reason);
        } catch (ChangeRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemField", "reason");
        } catch (RoundStillOpen open) {
            redirect.addFlashAttribute("refusedUntil", new Formats().brusselsTime(open.deadline().moment()));
        }
        return "redirect:/agency/selection/applications/" + id;
    }

    @GetMapping(path = "/agency/selection/applications/{id}/letter", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user) {
        Candidate candidate = desk.candidate(id, user);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + candidate.applicationNumber() + "-decision.pdf\"")
                .body(letters.letter(id, languages, user));
    }

    @GetMapping("/agency/selection/ranking.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam int year, @RequestParam int round, @RequestParam String actionType,
                                @AuthenticationPrincipal SignedInUser user, Locale locale) {
        Ranking ranking = desk.ranking(key(user, year, round, actionType), user);
        return download(export.xlsx(ranking, desk.decisions(ranking.key(), user), locale), ranking, "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping("/agency/selection/ranking.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam int year, @RequestParam int round, @RequestParam String actionType,
                               @AuthenticationPrincipal SignedInUser user, Locale locale) {
        Ranking ranking = desk.ranking(key(user, year, round, actionType), user);
        return download(export.pdf(ranking, desk.decisions(ranking.key(), user), locale), ranking, "pdf",
                MediaType.APPLICATION_PDF_VALUE);
    }

    private static ResponseEntity<byte[]> download(byte[] content, Ranking ranking, String extension, String type) {
        RankingKey key = ranking.key();
        String name = "ranking-" + key.nationalAgencyCode() + "-" + key.callYear() + "-" + key.roundNumber() + "-"
                + key.actionType() + "." + extension;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(content);
    }

    private static String redirectTo(RankingKey key) {
        return "redirect:/agency/selection?year=" + key.callYear() + "&round=" + key.roundNumber() + "&actionType="
                + key.actionType();
    }

    /** The officer's own agency: the pages never take an agency from the address. */
    private static RankingKey key(SignedInUser user, int year, int round, String actionType) {
        String agency = user.requireOfficerAgency();
        return new RankingKey(agency, year, round, actionType);
    }

    /** Euros as typed: spaces and a decimal comma allowed; null when not an amount. */
    static @Nullable BigDecimal amount(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(typed.replaceAll("[\\s\u00a0€]", "").replace(',', '.'));
            return amount.signum() < 0 || amount.scale() > 2 ? null : amount;
        } catch (NumberFormatException notAnAmount) {
            return null;
        }
    }

    private static @Nullable Integer integer(String typed) {
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
