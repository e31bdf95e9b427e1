package eu.sadarbe.accounts.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.selfservice.PasswordReset;
import eu.sadarbe.accounts.selfservice.Refused;
import eu.sadarbe.accounts.selfservice.TooManyRequests;

/**
 * The password reset pages: asking for a link, "check your e-mail", and the link's page where the new password is
 * chosen (and, for the first administrator, the name). Opening the link uses nothing up, so that a mail scanner
 * that follows links leaves it working; choosing the password does.
 */
@Controller
class PasswordResetPageController {

    private final PasswordReset reset;

    PasswordResetPageController(PasswordReset reset) {
        this.reset = reset;
    }

    @GetMapping("/password-reset")
    String form(Model model) {
        model.addAttribute("problems", List.of());
        model.addAttribute("email", "");
        return "accounts/password-reset";
    }

    @PostMapping("/password-reset")
    String request(@RequestParam(required = false) @Nullable String email, HttpServletRequest request,
                   RedirectAttributes redirect, Model model) {
        try {
            reset.request(email, request.getRemoteAddr());
        } catch (Refused refused) {
            model.addAttribute("problems", refused.problems());
            model.addAttribute("email", email == null ? "" : email);
            return "accounts/password-reset";
        } catch (TooManyRequests throttled) {
            model.addAttribute("retryAt", throttled.retryAt());
            model.addAttribute("problems", List.of(new Refused.Problem("email", "accounts.throttled")));
            model.addAttribute("email", email == null ? "" : email);
            return "accounts/password-reset";
        }
        redirect.addFlashAttribute("sentTo", email == null ? "" : email.strip());
        return "redirect:/password-reset/sent";
    }

    @GetMapping("/password-reset/sent")
    String sent(Model model) {
        if (!model.containsAttribute("sentTo")) {
            model.addAttribute("sentTo", "");
        }
        return "accounts/password-reset-sent";
    }

    @GetMapping("/password-reset/{token}")
    String link(@PathVariable String token, Model model) {
        var link = token.length() <= 100 ? reset.link(token) : java.util.Optional.<PasswordReset.Link>empty();
        if (link.isEmpty()) {
            return "accounts/link-invalid";
        }
        model.addAttribute("token", token);
        return choose(model, link.get(), List.of(), "");
    }

    @PostMapping("/password-reset/{token}")
    String choose(@PathVariable String token, @RequestParam(required = false) @Nullable String password,
                  @RequestParam(required = false) @Nullable String name, Model model) {
        try {
            if (token.length() > 100 || !reset.choose(token, password, name)) {
                return "accounts/link-invalid";
            }
        } catch (Refused refused) {
            var link = reset.link(token);
            if (link.isEmpty()) {
                return "accounts/link-invalid";
            }
            model.addAttribute("token", token);
            return choose(model, link.get(), refused.problems(), name == null ? "" : name);
        }
        return "accounts/password-chosen";
    }

    private static String choose(Model model, PasswordReset.Link link, List<Refused.Problem> problems, String name) {
        model.addAttribute("link", link);
        model.addAttribute("problems", problems);
        model.addAttribute("name", name);
        return "accounts/password-new";
    }
}
