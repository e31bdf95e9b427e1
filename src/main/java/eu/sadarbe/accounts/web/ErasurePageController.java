package eu.sadarbe.accounts.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.accounts.administration.AdministrationRefused;
import eu.sadarbe.accounts.personaldata.Erasure;

/** An administrator confirms a person's erasure request on the account's page. */
@Controller
class ErasurePageController {

    private final Erasure erasure;

    ErasurePageController(Erasure erasure) {
        this.erasure = erasure;
    }

    @PostMapping("/admin/users/{id}/erasure")
    String erase(@AuthenticationPrincipal SignedInUser administrator, @PathVariable AccountId id,
                 RedirectAttributes redirect) {
        try {
            erasure.carryOut(administrator, id);
            redirect.addFlashAttribute("done", "users.done.erased");
        } catch (AdministrationRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }
}
