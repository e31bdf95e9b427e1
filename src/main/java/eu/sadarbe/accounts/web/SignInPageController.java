package eu.sadarbe.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import eu.sadarbe.accounts.singlesignon.ProviderSignIn.Refusal;
import eu.sadarbe.accounts.singlesignon.SingleSignOn;
import eu.sadarbe.web.LanguageChoice;

/**
 * The sign-in page; in demo mode it lists the demo sign-ins for every role, which the demo module adds to the page
 * ({@code demoAccounts}, {@code demoPassword}).
 */
@Controller
class SignInPageController {

    private final SingleSignOn singleSignOn;

    SignInPageController(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/sign-in")
    String signIn(Model model, HttpServletRequest request) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        // After a failed attempt the typed address comes back as a flash attribute, never in the URL.
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", "");
        }
        if (!model.containsAttribute("retryAt")) {
            model.addAttribute("retryAt", null);
        }
        // Only a language the person chose is posted with the sign-in and wins over the account's own; a page that
        // merely follows the browser's Accept-Language leaves the account's language in force.
        Locale chosen = LanguageChoice.chosen(request);
        model.addAttribute("chosenLanguage", chosen == null ? null : chosen.getLanguage());
        // Single sign-on (issue #15): the button only where a provider is configured, and why a sign-in there failed
        model.addAttribute("singleSignOnName", singleSignOn.providerName().orElse(null));
        model.addAttribute("singleSignOnPath", SingleSignOn.SIGN_IN_PATH);
        model.addAttribute("singleSignOnRefusal", singleSignOn.providerName().isEmpty() ? null
                : Refusal.ofCode(request.getParameter("sso")).map(Refusal::code).orElse(null));
        return "accounts/sign-in";
    }
}
