package eu.sadarbe.accounts.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.selfservice.Refused;
import eu.sadarbe.accounts.selfservice.SignUp;
import eu.sadarbe.accounts.selfservice.TooManyRequests;

/**
 * The sign-up pages: the form, "check your e-mail" (with resending), and the verification link's landing page.
 * The typed address travels to the next page as a flash attribute, never in the URL.
 */
@Controller
class SignUpPageController {

    private final SignUp signUp;

    SignUpPageController(SignUp signUp) {
        this.signUp = signUp;
    }

    @GetMapping("/sign-up")
    String form(Model model) {
        model.addAttribute("problems", List.of());
        model.addAttribute("name", "");
        model.addAttribute("email", "");
        return "accounts/sign-up";
    }

    @PostMapping("/sign-up")
    String signUp(@RequestParam(required = false) @Nullable String name,
                  @RequestParam(required = false) @Nullable String email,
                  @RequestParam(required = false) @Nullable String password, Locale locale,
                  HttpServletRequest request, RedirectAttributes redirect, Model model) {
        try {
            signUp.signUp(name, email, password, locale, request.getRemoteAddr());
        } catch (Refused refused) {
            return again(model, refused.problems(), name, email);
        } catch (TooManyRequests throttled) {
            model.addAttribute("retryAt", throttled.retryAt());
            return again(model, List.of(new Refused.Problem("email", "accounts.throttled")), name, email);
        } catch (DuplicateKeyException sameAddressAtOnce) {
            // Two sign-ups for one address at the same moment: the other one opened the account and sent the link.
        }
        redirect.addFlashAttribute("sentTo", email == null ? "" : email.strip());
        return "redirect:/sign-up/sent";
    }

    @GetMapping("/sign-up/sent")
    String sent(Model model) {
        if (!model.containsAttribute("sentTo")) {
            model.addAttribute("sentTo", "");
        }
        model.addAttribute("problems", List.of());
        return "accounts/sign-up-sent";
    }

    @PostMapping("/sign-up/resend")
    String resend(@RequestParam(required = false) @Nullable String email, HttpServletRequest request,
                  RedirectAttributes redirect, Model model) {
        try {
            signUp.resend(email, request.getRemoteAddr());
        } catch (Refused refused) {
            model.addAttribute("sentTo", email == null ? "" : email);
            model.addAttribute("problems", refused.problems());
            return "accounts/sign-up-sent";
        } catch (TooManyRequests throttled) {
            model.addAttribute("sentTo", email == null ? "" : email);
            model.addAttribute("retryAt", throttled.retryAt());
            model.addAttribute("problems", List.of(new Refused.Problem("email", "accounts.throttled")));
            return "accounts/sign-up-sent";
        }
        redirect.addFlashAttribute("sentTo", email == null ? "" : email.strip());
        redirect.addFlashAttribute("resent", true);
        return "redirect:/sign-up/sent";
    }

    @GetMapping("/sign-up/verify/{token}")
    String verify(@PathVariable String token, Model model) {
        boolean verified = token.length() <= 100 && signUp.verify(token);
        model.addAttribute("verified", verified);
        model.addAttribute("sentTo", "");
        model.addAttribute("problems", List.of());
        return "accounts/verified";
    }

    private static String again(Model model, List<Refused.Problem> problems, @Nullable String name,
                                @Nullable String email) {
        model.addAttribute("problems", problems);
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("email", email == null ? "" : email);
        return "accounts/sign-up";
    }
}
