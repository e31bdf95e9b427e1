package eu.sadarbe.organisations.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.domain.MembershipInvitation;
import eu.sadarbe.organisations.domain.MembershipInvitations;

/** The page where a signed-in person answers the invitations to act for an organisation (issue 12). */
@Controller
class MembershipPageController {

    private final MembershipInvitations invitations;
    private final AccountRegister accounts;

    MembershipPageController(MembershipInvitations invitations, AccountRegister accounts) {
        this.invitations = invitations;
        this.accounts = accounts;
    }

    @GetMapping("/invitations")
    String pending(@AuthenticationPrincipal SignedInUser user, Model model) {
        var pending = invitations.pendingFor(user.email());
        Map<AccountId, String> names = new HashMap<>();
        pending.stream().map(MembershipInvitation::invitedBy).distinct().forEach(account ->
                accounts.displayName(account).ifPresent(name -> names.put(account, name)));
        model.addAttribute("invitations", pending);
        model.addAttribute("inviters", names);
        return "organisations/invitations";
    }

    @PostMapping("/invitations/{id}/acceptance")
    String accept(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        Oid oid = invitations.accept(id, user.id(), user.email());
        return "redirect:/organisations/" + oid + "?joined";
    }

    @PostMapping("/invitations/{id}/refusal")
    String decline(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        invitations.decline(id, user.id(), user.email());
        return "redirect:/invitations?declined";
    }
}
