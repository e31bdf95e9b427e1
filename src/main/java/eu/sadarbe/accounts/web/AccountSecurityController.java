package eu.sadarbe.accounts.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.accounts.personaldata.Erasure;
import eu.sadarbe.accounts.personaldata.PersonalDataExport;
import eu.sadarbe.accounts.twofactor.Enrolment;
import eu.sadarbe.accounts.twofactor.SignInPolicy;
import eu.sadarbe.accounts.twofactor.TwoFactor;

/**
 * The security and personal-data part of a person's account page: two-factor sign-in (turn on, turn off where the
 * role allows it), the download of all their personal data, and the request to erase it.
 */
@Controller
class AccountSecurityController {

    static final String PENDING_SECRET = "sadarbe.twoFactor.pendingSecret";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final TwoFactor twoFactor;
    private final SignInPolicy policy;
    private final PersonalDataExport export;
    private final Erasure erasure;
    private final AccountRegister register;
    private final SecurityEvents events;

    AccountSecurityController(TwoFactor twoFactor, SignInPolicy policy, PersonalDataExport export, Erasure erasure,
                              AccountRegister register, SecurityEvents events) {
        this.twoFactor = twoFactor;
        this.policy = policy;
        this.export = export;
        this.erasure = erasure;
        this.register = register;
        this.events = events;
    }

    @GetMapping("/account/two-factor")
    String enrolment(@AuthenticationPrincipal SignedInUser person, Model model, HttpSession session) {
        if (twoFactor.isEnrolled(person.id())) {
            return "redirect:/account";
        }
        return enrolmentPage(person, model, session, null);
    }

    @PostMapping("/account/two-factor")
    String enrol(@AuthenticationPrincipal SignedInUser person, @RequestParam(defaultValue = "") String code,
                 Model model, HttpSession session) {
        if (twoFactor.isEnrolled(person.id())) {
            return "redirect:/account";
        }
        Object secret = session.getAttribute(PENDING_SECRET);
        Optional<List<String>> recovery = secret instanceof String pending && code.length() <= 40
                ? twoFactor.enrol(person.id(), pending, code) : Optional.empty();
        if (recovery.isEmpty()) {
            return enrolmentPage(person, model, session, "twoFactor.error.wrong");
        }
        session.removeAttribute(PENDING_SECRET);
        model.addAttribute("recoveryCodes", recovery.get());
        return "accounts/recovery-codes";
    }

    @PostMapping("/account/two-factor/removal")
    String remove(@AuthenticationPrincipal SignedInUser person, @RequestParam(defaultValue = "") String code,
                  RedirectAttributes redirect) {
        if (policy.requiresSecondFactor(person.roles())) {
            redirect.addFlashAttribute("problem", "account.twoFactor.error.required");
        } else if (code.length() > 40 || !twoFactor.verify(person.id(), code)) {
            redirect.addFlashAttribute("problem", "twoFactor.error.wrong");
        } else {
            twoFactor.remove(person.id());
            redirect.addFlashAttribute("done", "account.twoFactor.removed");
        }
        return "redirect:/account";
    }

    @GetMapping("/account/personal-data")
    ResponseEntity<String> personalData(@AuthenticationPrincipal SignedInUser person) {
        var account = register.byId(person.id()).orElseThrow();
        // Recorded first, so that the download holds its own event too.
        events.record(SecurityEventKind.PERSONAL_DATA_EXPORTED, Map.of("account", person.id().toString()));
        String json = JSON.writeValueAsString(export.of(account));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("sadarbe-personal-data.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(json);
    }

    @PostMapping("/account/erasure-request")
    String requestErasure(@AuthenticationPrincipal SignedInUser person, RedirectAttributes redirect) {
        erasure.request(person);
        redirect.addFlashAttribute("done", "account.erasure.requested");
        return "redirect:/account";
    }

    private String enrolmentPage(SignedInUser person, Model model, HttpSession session, @Nullable String problem) {
        String secret = session.getAttribute(PENDING_SECRET) instanceof String pending ? pending
                : twoFactor.codes().newSecret();
        session.setAttribute(PENDING_SECRET, secret);
        Enrolment.show(model, twoFactor.codes(), policy, person.email(), secret, "/account/two-factor", problem);
        model.addAttribute("requiredAtSignIn", false);
        return "accounts/two-factor-enrolment";
    }
}
