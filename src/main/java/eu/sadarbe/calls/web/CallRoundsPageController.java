package eu.sadarbe.calls.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.calls.ActionType;
import eu.sadarbe.calls.ActionTypeNotInCall;
import eu.sadarbe.calls.CallRoundId;
import eu.sadarbe.calls.CallRoundNotFound;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RoundExistsAlready;
import eu.sadarbe.calls.rounds.ExtensionNotLater;

/**
 * Call rounds and their deadlines: everyone sees them; rounds and whole-round extensions (R-SUB-03) are
 * programme-wide, so administrators only define and extend them, and who and when is shown (issue 12).
 */
@Controller
class CallRoundsPageController {

    private final CallRounds rounds;
    private final ReferenceData reference;
    private final Clock clock;

    CallRoundsPageController(CallRounds rounds, ReferenceData reference, Clock clock) {
        this.rounds = rounds;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping("/rounds")
    String rounds(Model model) {
        var now = clock.instant();
        model.addAttribute("rounds", rounds.all().stream().map(round -> new RoundRow(round, round.isOpenAt(now),
                Math.max(0, Duration.between(now, round.effectiveDeadline().toInstant()).toDays()))).toList());
        model.addAttribute("histories", rounds.histories());
        model.addAttribute("now", now);
        return "calls/rounds";
    }

    @GetMapping("/rounds/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newRound(Model model) {
        model.addAttribute("form", RoundForm.empty());
        return roundForm(model);
    }

    @PostMapping("/rounds")
    @PreAuthorize("hasRole('ADMIN')")
    String define(@Valid @ModelAttribute("form") RoundForm form, BindingResult errors,
                  @RequestParam(required = false) @Nullable String confirmedDeadline, Model model,
                  Authentication who, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return roundForm(model);
        }
        // Issue 13, item 17: a deadline already past or other than 12:00 Brussels (R-SUB-01) is possible (a past
        // round brought in, a Guide with another hour) but rare: the administrator confirms it for this deadline.
        LocalDateTime deadline = LocalDateTime.of(form.deadlineDate(), form.deadlineTime());
        List<String> warnings = new ArrayList<>();
        if (deadline.atZone(CallRoundSummary.BRUSSELS).toInstant().isBefore(clock.instant())) {
            warnings.add("rounds.warning.past");
        }
        if (!form.deadlineTime().equals(LocalTime.NOON)) {
            warnings.add("rounds.warning.notNoon");
        }
        if (!warnings.isEmpty() && !deadline.toString().equals(confirmedDeadline)) {
            model.addAttribute("warnings", warnings);
            model.addAttribute("warnedDeadline", deadline.toString());
            return roundForm(model);
        }
        try {
            CallRoundSummary round = rounds.define(form.callYear(), form.roundNumber(), stripped(form.label()),
                    stripped(form.labelLv()), new LinkedHashSet<>(form.actionTypes()), deadline, who.getName());
            redirect.addFlashAttribute("defined", round.id().toString());
            return "redirect:/rounds";
        } catch (ActionTypeNotInCall notOpen) {
            errors.rejectValue("actionTypes", "round.actionTypes.notInCall",
                    new Object[] {notOpen.actionType(), String.valueOf(notOpen.callYear())}, "not in call");
        } catch (RoundExistsAlready exists) {
            errors.rejectValue("roundNumber", "round.number.exists", "exists");
        }
        return roundForm(model);
    }

    @GetMapping("/rounds/{id}/extension")
    @PreAuthorize("hasRole('ADMIN')")
    String extension(@PathVariable CallRoundId id, Model model) {
        CallRoundSummary round = rounds.find(id).orElseThrow(() -> new CallRoundNotFound(id));
        model.addAttribute("form", new ExtensionForm(round.effectiveDeadline().toLocalDate().plusDays(7),
                java.time.LocalTime.NOON, "", ""));
        model.addAttribute("round", round);
        return "calls/round-extension";
    }

    @PostMapping("/rounds/{id}/extension")
    @PreAuthorize("hasRole('ADMIN')")
    String extend(@PathVariable CallRoundId id, @Valid @ModelAttribute("form") ExtensionForm form,
                  BindingResult errors, Model model, Authentication who, RedirectAttributes redirect) {
        CallRoundSummary round = rounds.find(id).orElseThrow(() -> new CallRoundNotFound(id));
        if (!errors.hasErrors()) {
            try {
                rounds.extend(id, LocalDateTime.of(form.deadlineDate(), form.deadlineTime()), form.reason().strip(),
                        stripped(form.reasonLv()), who.getName());
                redirect.addFlashAttribute("extended", id.toString());
                return "redirect:/rounds";
            } catch (ExtensionNotLater tooEarly) {
                errors.rejectValue("deadlineDate", "round.extension.notLater", "not later");
            }
        }
        model.addAttribute("round", round);
        return "calls/round-extension";
    }

    private static @Nullable String stripped(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String roundForm(Model model) {
        model.addAttribute("actionTypes", reference.actionTypes(null).stream().map(ActionType::code).toList());
        return "calls/round-new";
    }

    /** A round on the list: open now or closed, and whole days left. */
    record RoundRow(CallRoundSummary round, boolean open, long daysLeft) {
    }

}
