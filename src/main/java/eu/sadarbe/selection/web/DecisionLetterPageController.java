package eu.sadarbe.selection.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import eu.sadarbe.assessment.RoundStillOpen;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.selection.domain.Candidate;
import eu.sadarbe.selection.domain.ChangeRefused;
import eu.sadarbe.selection.domain.DecisionLetters;
import eu.sadarbe.selection.domain.LetterSettingsDesk;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.selection.domain.UnknownApplication;
import eu.sadarbe.web.Formats;

/**
 * One decision letter at a time (issue 17): the officer chooses its language, previews it (the letter's own template
 * as HTML), and issues and sends it after a confirmation; administrators keep the agencies' letter settings.
 */
@Controller
class DecisionLetterPageController {

    private static final List<String> FIELDS = List.of("contestEn", "contestLv", "positionEn", "positionLv");

    private final SelectionDesk desk;
    private final DecisionLetters letters;
    private final LetterSettingsDesk settings;

    DecisionLetterPageController(SelectionDesk desk, DecisionLetters letters, LetterSettingsDesk settings) {
        this.desk = desk;
        this.letters = letters;
        this.settings = settings;
    }

    @PostMapping("/agency/selection/applications/{id}/letter/language")
    String chooseLanguage(@PathVariable ApplicationId id, @RequestParam(defaultValue = "") String language,
                          @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        try {
            desk.chooseLetterLanguage(id, language, user);
            redirect.addFlashAttribute("done", "letters.done.language");
        } catch (ChangeRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemField", "letter-language");
        }
        return "redirect:/agency/selection/applications/" + id + "#letter-section";
    }

    @GetMapping(path = "/agency/selection/applications/{id}/letter/preview", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> preview(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(letters.preview(id, user));
    }

    @GetMapping("/agency/selection/applications/{id}/letter/send")
    String confirm(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Candidate candidate = desk.candidate(id, user);
        var decision = desk.decisions(candidate.ranking(), user).get(id);
        if (decision == null) {
            throw new UnknownApplication();
        }
        model.addAttribute("candidate", candidate);
        model.addAttribute("decision", decision);
        model.addAttribute("language", letters.language(id));
        model.addAttribute("recipient", letters.recipient(id));
        return "selection/send-letter";
    }

    @PostMapping("/agency/selection/applications/{id}/letter/send")
    String send(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user,
                RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("done", desk.issueLetter(id, user) ? "letters.done.sent"
                    : "letters.done.already");
        } catch (RoundStillOpen open) {
            redirect.addFlashAttribute("refusedUntil", new Formats().brusselsTime(open.deadline().moment()));
        }
        return "redirect:/agency/selection/applications/" + id + "#letter-section";
    }

    /** Issue 17: the round's letters not issued yet, with language and recipient, to confirm before sending. */
    @GetMapping("/agency/selection/letters")
    String confirmRound(@RequestParam int year, @RequestParam int round, @RequestParam String actionType,
                        @AuthenticationPrincipal SignedInUser user, Model model) {
        String agency = user.requireOfficerAgency();
        RankingKey key = new RankingKey(agency, year, round, actionType);
        List<LetterToSend> letters = desk.decisions(key, user).values().stream()
                .filter(decision -> !decision.locked())
                .map(decision -> new LetterToSend(decision.applicationId(),
                        desk.candidate(decision.applicationId(), user).applicationNumber(), decision.outcome(),
                        this.letters.language(decision.applicationId()),
                        this.letters.recipient(decision.applicationId())))
                .sorted(java.util.Comparator.comparing(LetterToSend::applicationNumber)).toList();
        model.addAttribute("key", key);
        model.addAttribute("letters", letters);
        return "selection/send-letters";
    }

    /** One letter the round's sending would issue. */
    record LetterToSend(ApplicationId applicationId, String applicationNumber, Outcome outcome, String language,
                        String recipient) {
    }

    @GetMapping("/admin/letter-settings")
    String settings(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("settings", settings.all(user));
        return "selection/letter-settings";
    }

    @GetMapping("/admin/letter-settings/{code}")
    String edit(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("setting", settings.of(code, user));
        model.addAttribute("fields", FIELDS);
        return "selection/letter-setting";
    }

    @PostMapping("/admin/letter-settings/{code}")
    String change(@PathVariable String code, @RequestParam(required = false) @Nullable String contestEn,
                  @RequestParam(required = false) @Nullable String contestLv,
                  @RequestParam(required = false) @Nullable String positionEn,
                  @RequestParam(required = false) @Nullable String positionLv,
                  @RequestParam(defaultValue = "false") boolean confirmed,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect,
                  jakarta.servlet.http.HttpServletResponse response) {
        try {
            settings.change(code, contestEn, contestLv, positionEn, positionLv, confirmed, user);
            redirect.addFlashAttribute("saved", code);
            return "redirect:/admin/letter-settings";
        } catch (ChangeRefused refused) {
            var before = settings.of(code, user);
            model.addAttribute("setting", new eu.sadarbe.selection.domain.LetterSettings(code,
                    orEmpty(contestEn), orEmpty(contestLv), orEmpty(positionEn), orEmpty(positionLv), confirmed,
                    before.changedBy(), before.changedAt()));
            model.addAttribute("problem", refused.messageKey());
            model.addAttribute("fields", FIELDS);
            model.addAttribute("blank", blankFields(contestEn, contestLv, positionEn, positionLv));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "selection/letter-setting";
        }
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static List<String> blankFields(@Nullable String... texts) {
        List<String> blank = new java.util.ArrayList<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            if (texts[i] == null || texts[i].isBlank()) {
                blank.add(FIELDS.get(i));
            }
        }
        return blank;
    }
}
