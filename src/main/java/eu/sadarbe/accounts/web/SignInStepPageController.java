package eu.sadarbe.accounts.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.domain.SignInThrottle;
import eu.sadarbe.accounts.twofactor.Enrolment;
import eu.sadarbe.accounts.twofactor.RequiredPassword;
import eu.sadarbe.accounts.twofactor.SignInPolicy;
import eu.sadarbe.accounts.twofactor.SignInStep;
import eu.sadarbe.accounts.twofactor.SignInSteps;
import eu.sadarbe.accounts.twofactor.TwoFactor;
import eu.sadarbe.accounts.twofactor.UnfinishedSignIn;

/**
 * The pages of an unfinished sign-in: the code from the authenticator app, a required new password, and setting
 * up an authenticator app where the role requires one. Wrong codes count towards the sign-in throttle.
 */
@Controller
class SignInStepPageController {

    static final String PENDING_SECRET = "sadarbe.twoFactor.pendingSecret";

    private final SignInSteps steps;
    private final TwoFactor twoFactor;
    private final RequiredPassword passwords;
    private final SignInThrottle throttle;
    private final SecurityEvents events;
    private final SignInPolicy policy;

    SignInStepPageController(SignInSteps steps, TwoFactor twoFactor, RequiredPassword passwords,
                             SignInThrottle throttle, SecurityEvents events, SignInPolicy policy) {
        this.steps = steps;
        this.twoFactor = twoFactor;
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
        this.policy = policy;
    }

    @GetMapping("/sign-in/two-factor")
    String code(Model model) {
        model.addAttribute("problem", null);
        return "accounts/two-factor-code";
    }

    @PostMapping("/sign-in/two-factor")
    @Nullable String checkCode(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
                               HttpServletResponse response) throws IOException, ServletException {
        UnfinishedSignIn unfinished = unfinished();
        String email = unfinished.person().email();
        String address = request.getRemoteAddr();
        if (throttle.refusal(email, address).isPresent()) {
            model.addAttribute("problem", "twoFactor.error.throttled");
            return "accounts/two-factor-code";
        }
        if (code.length() <= 40 && twoFactor.verify(unfinished.person().id(), code)) {
            throttle.succeeded(email, address);
            steps.done(unfinished, SignInStep.SECOND_FACTOR, request, response);
            return null;
        }
        events.record(SecurityEventKind.TWO_FACTOR_FAILED, unfinished.person().id(), email, Map.of());
        throttle.failed(email, address);
        model.addAttribute("problem", "twoFactor.error.wrong");
        return "accounts/two-factor-code";
    }

    @GetMapping("/sign-in/new-password")
    String newPassword(Model model) {
        model.addAttribute("problems", List.of());
        return "accounts/new-password";
    }

    @PostMapping("/sign-in/new-password")
    @Nullable String setNewPassword(@RequestParam(defaultValue = "") String password,
                                    @RequestParam(defaultValue = "") String repeated, Model model,
                                    HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        UnfinishedSignIn unfinished = unfinished();
        List<String> problems = passwords.set(unfinished.person().id(), password, repeated);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "accounts/new-password";
        }
        steps.done(unfinished, SignInStep.NEW_PASSWORD, request, response);
        return null;
    }

    @GetMapping("/sign-in/two-factor/enrolment")
    String enrolment(Model model, HttpSession session) {
        return enrolmentPage(model, session, null);
    }

    @PostMapping("/sign-in/two-factor/enrolment")
    String enrol(@RequestParam(defaultValue = "") String code, Model model, HttpSession session) {
        UnfinishedSignIn unfinished = unfinished();
        Object secret = session.getAttribute(PENDING_SECRET);
        Optional<List<String>> recovery = secret instanceof String pending && code.length() <= 40
                ? twoFactor.enrol(unfinished.person().id(), pending, code) : Optional.empty();
        if (recovery.isEmpty()) {
            return enrolmentPage(model, session, "twoFactor.error.wrong");
        }
        session.removeAttribute(PENDING_SECRET);
        model.addAttribute("recoveryCodes", recovery.get());
        model.addAttribute("continueAction", "/sign-in/two-factor/enrolment/continue");
        return "accounts/recovery-codes";
    }

    @PostMapping("/sign-in/two-factor/enrolment/continue")
    @Nullable String afterEnrolment(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        UnfinishedSignIn unfinished = unfinished();
        if (!twoFactor.isEnrolled(unfinished.person().id())) {
            return "redirect:/sign-in/two-factor/enrolment";
        }
        steps.done(unfinished, SignInStep.ENROL_SECOND_FACTOR, request, response);
        return null;
    }

    private String enrolmentPage(Model model, HttpSession session, @Nullable String problem) {
        UnfinishedSignIn unfinished = unfinished();
        String secret = session.getAttribute(PENDING_SECRET) instanceof String pending ? pending
                : twoFactor.codes().newSecret();
        session.setAttribute(PENDING_SECRET, secret);
        Enrolment.show(model, twoFactor.codes(), policy, unfinished.person().email(), secret,
                "/sign-in/two-factor/enrolment", problem);
        model.addAttribute("requiredAtSignIn", true);
        return "accounts/two-factor-enrolment";
    }

    /** The gate lets only an unfinished sign-in reach these pages. */
    private static UnfinishedSignIn unfinished() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current instanceof UnfinishedSignIn unfinished) {
            return unfinished;
        }
        throw new IllegalStateException("The sign-in steps are for an unfinished sign-in only");
    }
}
