package eu.sadarbe.accounts.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.accounts.selfservice.OwnAccount;
import eu.sadarbe.accounts.selfservice.Refused;
import eu.sadarbe.web.Languages;

/** {@code /account}: the signed-in person's own name, language and password. */
@Controller
class AccountPageController {

    private final OwnAccount own;
    private final AccountRegister register;
    private final LocaleResolver languages;
    private final AccountSecurityView security;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountPageController(OwnAccount own, AccountRegister register, LocaleResolver languages,
                          AccountSecurityView security) {
        this.own = own;
        this.security = security;
        this.register = register;
        this.languages = languages;
    }

    @GetMapping("/account")
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        return page(user, model, List.of());
    }

    @PostMapping("/account/name")
    String rename(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String name,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
                  Model model) {
        try {
            String renamed = own.rename(user.id(), name);
            // The name in the session's principal shows in the page banner: it changes at once, not at next sign-in.
            SignedInUser updated = new SignedInUser(user.id(), user.email(), renamed, user.roles(),
                    user.nationalAgencyCode(), user.language(), user.isEnabled(), null);
            SecurityContext context = SecurityContextHolder.getContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                    updated.getAuthorities()));
            contexts.saveContext(context, request, response);
        } catch (Refused refused) {
            model.addAttribute("typedName", name);
            return page(user, model, refused.problems());
        }
        redirect.addFlashAttribute("saved", "name");
        return "redirect:/account";
    }

    @PostMapping("/account/language")
    String language(@AuthenticationPrincipal SignedInUser user,
                    @RequestParam(required = false) @Nullable String language, HttpServletRequest request,
                    HttpServletResponse response, RedirectAttributes redirect) {
        Locale chosen = Languages.parse(language);
        if (chosen != null) {
            register.preferLanguage(user.id(), chosen);
            languages.setLocale(request, response, chosen);
            redirect.addFlashAttribute("saved", "language");
        }
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String password(@AuthenticationPrincipal SignedInUser user,
                    @RequestParam(name = "current-password", required = false) @Nullable String current,
                    @RequestParam(name = "new-password", required = false) @Nullable String chosen,
                    HttpServletRequest request, RedirectAttributes redirect, Model model) {
        try {
            var session = request.getSession(false);
            own.changePassword(user.id(), current, chosen, session == null ? null : session.getId());
        } catch (Refused refused) {
            return page(user, model, refused.problems());
        }
        redirect.addFlashAttribute("saved", "password");
        return "redirect:/account";
    }

    private String page(SignedInUser user, Model model, List<Refused.Problem> problems) {
        var account = register.byId(user.id()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("problems", problems);
        security.describe(user, model);   // two-factor sign-in, personal data
        if (!model.containsAttribute("typedName")) {
            model.addAttribute("typedName", account.displayName());
        }
        if (!model.containsAttribute("saved")) {
            model.addAttribute("saved", null);
        }
        return "accounts/account";
    }
}
