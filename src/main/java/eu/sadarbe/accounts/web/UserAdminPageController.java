package eu.sadarbe.accounts.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.EmailAlreadyRegistered;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.accounts.administration.AdministrationRefused;
import eu.sadarbe.accounts.administration.UserAdministration;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;

/**
 * Administrators' pages for accounts at {@code /admin/users}: search and list, open an officer's or expert's
 * account, and the changes on one account's page. A refused change comes back as a message on that page.
 */
@Controller
class UserAdminPageController {

    private final UserAdministration administration;
    private final ReferenceData reference;

    UserAdminPageController(UserAdministration administration, ReferenceData reference) {
        this.administration = administration;
        this.reference = reference;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) @Nullable String q,
                @RequestParam(required = false) @Nullable String role,
                @RequestParam(required = false) @Nullable String page, Model model) {
        Role chosen = role(role);
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text.length() > 254 ? text.substring(0, 254) : text);
        model.addAttribute("role", chosen);
        model.addAttribute("roles", Role.values());
        model.addAttribute("result", administration.search(text.length() > 254 ? text.substring(0, 254) : text,
                chosen, pageNumber(page)));
        return "accounts/users";
    }

    @GetMapping("/admin/users/new")
    String newAccount(Model model) {
        return form(NewAccountForm.empty(), model);
    }

    @PostMapping("/admin/users")
    String open(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        if (form.agency() != null && !form.agency().isBlank() && agencies().stream()
                .noneMatch(agency -> agency.code().equals(form.agency()))) {
            errors.rejectValue("agency", "users.error.agency");
        }
        if (errors.hasErrors()) {
            return form(form, model);
        }
        try {
            var opened = administration.open(form.email(), form.displayName(), form.chosenRole(), form.agency());
            redirect.addFlashAttribute("firstPassword", opened.firstPassword());
            return "redirect:/admin/users/" + opened.id();
        } catch (EmailAlreadyRegistered taken) {
            errors.rejectValue("email", "users.error.emailTaken");
            return form(form, model);
        }
    }

    @GetMapping("/admin/users/{id}")
    String account(@PathVariable AccountId id, Model model) {
        var account = administration.account(id);
        if (account.isEmpty()) {
            return "redirect:/admin/users";
        }
        model.addAttribute("account", account.get());
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencies", agencies());
        return "accounts/user";
    }

    @PostMapping("/admin/users/{id}/roles")
    String grant(@PathVariable AccountId id, @RequestParam(required = false) @Nullable String role,
                 @RequestParam(required = false) @Nullable String agency, RedirectAttributes redirect) {
        Role chosen = role(role);
        if (chosen == null) {
            return refused(id, "users.error.role", redirect);
        }
        if (agency != null && !agency.isBlank() && agencies().stream().noneMatch(known -> known.code().equals(agency))) {
            return refused(id, "users.error.agency", redirect);
        }
        return change(id, redirect, "users.done.granted", () -> administration.grant(id, chosen, agency));
    }

    @PostMapping("/admin/users/{id}/roles/{role}/removal")
    String revoke(@AuthenticationPrincipal SignedInUser administrator, @PathVariable AccountId id,
                  @PathVariable String role, RedirectAttributes redirect) {
        Role chosen = role(role);
        if (chosen == null) {
            return refused(id, "users.error.role", redirect);
        }
        return change(id, redirect, "users.done.revoked", () -> administration.revoke(administrator, id, chosen));
    }

    @PostMapping("/admin/users/{id}/deactivation")
    String deactivate(@AuthenticationPrincipal SignedInUser administrator, @PathVariable AccountId id,
                      RedirectAttributes redirect) {
        return change(id, redirect, "users.done.deactivated", () -> administration.deactivate(administrator, id));
    }

    @PostMapping("/admin/users/{id}/reactivation")
    String reactivate(@PathVariable AccountId id, RedirectAttributes redirect) {
        return change(id, redirect, "users.done.reactivated", () -> administration.reactivate(id));
    }

    @PostMapping("/admin/users/{id}/password-reset")
    String requireNewPassword(@PathVariable AccountId id, RedirectAttributes redirect) {
        return change(id, redirect, "users.done.passwordReset", () -> administration.requireNewPassword(id));
    }

    @PostMapping("/admin/users/{id}/two-factor-reset")
    String resetTwoFactor(@PathVariable AccountId id, RedirectAttributes redirect) {
        return change(id, redirect, "users.done.twoFactorReset", () -> administration.resetTwoFactor(id));
    }

    private String change(AccountId id, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", done);
        } catch (AdministrationRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    private static String refused(AccountId id, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refused", messageKey);
        return "redirect:/admin/users/" + id;
    }

    private String form(NewAccountForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("agencies", agencies());
        model.addAttribute("newRoles", List.of(Role.NA_OFFICER, Role.EXPERT));
        return "accounts/user-new";
    }

    private List<NationalAgency> agencies() {
        return reference.nationalAgencies(null, null);
    }

    private static @Nullable Role role(@Nullable String role) {
        return Arrays.stream(Role.values()).filter(known -> known.name().equals(role)).findFirst().orElse(null);
    }

    private static int pageNumber(@Nullable String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
