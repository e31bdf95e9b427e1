package eu.sadarbe.organisations.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
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
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.CountryChoices;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.organisations.domain.Actor;
import eu.sadarbe.organisations.domain.FieldChange;
import eu.sadarbe.organisations.domain.InvitationNotFound;
import eu.sadarbe.organisations.domain.LastUserStays;
import eu.sadarbe.organisations.domain.MembershipInvitations;
import eu.sadarbe.organisations.domain.NotAUser;
import eu.sadarbe.organisations.domain.NotAllowedToChange;
import eu.sadarbe.organisations.domain.Organisation;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.organisations.domain.PossibleDuplicates;
import eu.sadarbe.organisations.domain.ReasonRequired;
import eu.sadarbe.organisations.domain.UnknownOrganisation;
import eu.sadarbe.shared.OrganisationType;

/** Registering an organisation, its record with history, changes and the agency's decision, as pages. */
@Controller
class OrganisationPageController {

    private final OrganisationRegistration registration;
    private final OrganisationRegister register;
    private final ReferenceData reference;
    private final AccountRegister accounts;
    private final MembershipInvitations invitations;

    OrganisationPageController(OrganisationRegistration registration, OrganisationRegister register,
                               ReferenceData reference, AccountRegister accounts, MembershipInvitations invitations) {
        this.registration = registration;
        this.register = register;
        this.reference = reference;
        this.accounts = accounts;
        this.invitations = invitations;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("countries", CountryChoices.of(reference.countries(CallYears.LAST), LocaleContextHolder.getLocale()));
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("fields", OrganisationForm.FIELD_CODES);
    }

    @GetMapping("/organisations")
    String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("organisations", register.actingFor(user.id()));
        model.addAttribute("awaitingDecision", registration.awaitingDecisionOf(Actor.of(user)));
        return "organisations/mine";
    }

    @GetMapping("/organisations/new")
    String newOrganisation(Model model) {
        model.addAttribute("form", OrganisationForm.empty());
        return "organisations/form";
    }

    @PostMapping("/organisations")
    String registerOrganisation(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
                                @AuthenticationPrincipal SignedInUser user, Model model) {
        if (errors.hasErrors()) {
            return "organisations/form";
        }
        try {
            Organisation organisation = registration.register(form.toDetails(), user.id(), form.duplicateReason());
            return "redirect:/organisations/" + organisation.oid() + "?registered";
        } catch (PossibleDuplicates duplicates) {
            model.addAttribute("duplicates", duplicates.candidates());
            return "organisations/form";
        }
    }

    @GetMapping("/organisations/{oid}")
    String show(@PathVariable String oid, @AuthenticationPrincipal SignedInUser user,
                @RequestParam(required = false) @Nullable String invalidEmail, Model model) {
        model.addAttribute("invalidEmail", invalidEmail != null);
        Organisation organisation = existing(oid);
        Actor actor = Actor.of(user);
        boolean mayChange = registration.mayChange(organisation, actor);
        if (!mayChange) {
            return "redirect:/partners/" + organisation.oid();
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("officer", registration.isOfficerOf(organisation, actor));
        var history = registration.history(organisation.oid());
        Map<AccountId, String> accountNames = new HashMap<>();
        history.stream().map(FieldChange::changedBy).filter(Objects::nonNull).distinct().forEach(account ->
                accounts.byId(account).ifPresent(found -> accountNames.put(account, found.displayName())));
        model.addAttribute("history", history);
        organisation.users().forEach(account ->
                accounts.byId(account).ifPresent(found -> accountNames.put(account, found.displayName())));
        boolean ownUser = organisation.isActingFor(user.id());
        model.addAttribute("ownUser", ownUser);
        model.addAttribute("me", user.id());
        model.addAttribute("invitations", ownUser ? invitations.pendingOf(organisation.oid(), actor) : List.of());
        model.addAttribute("accountNames", accountNames);
        return "organisations/record";
    }

    @GetMapping("/organisations/{oid}/edit")
    String edit(@PathVariable String oid, @AuthenticationPrincipal SignedInUser user, Model model) {
        Organisation organisation = existing(oid);
        if (!registration.mayChange(organisation, Actor.of(user))) {
            throw new NotAllowedToChange(organisation.oid());
        }
        model.addAttribute("form", OrganisationForm.of(organisation));
        model.addAttribute("oid", organisation.oid().value());
        return "organisations/form";
    }

    @PostMapping("/organisations/{oid}")
    String change(@PathVariable String oid, @Valid @ModelAttribute("form") OrganisationForm form,
                  BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model) {
        Organisation organisation = existing(oid);
        if (!registration.mayChange(organisation, Actor.of(user))) {
            throw new NotAllowedToChange(organisation.oid());
        }
        if (errors.hasErrors()) {
            model.addAttribute("oid", organisation.oid().value());
            return "organisations/form";
        }
        registration.change(organisation.oid(), form.toDetails(), Actor.of(user));
        return "redirect:/organisations/" + organisation.oid() + "?changed";
    }

    @PostMapping("/organisations/{oid}/decision")
    String decide(@PathVariable String oid, @RequestParam String decision, @RequestParam(required = false)
                  @Nullable String reason, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        Organisation organisation = existing(oid);
        try {
            if ("VALIDATED".equals(decision)) {
                registration.validate(organisation.oid(), reason, Actor.of(user));
            } else {
                registration.reject(organisation.oid(), reason, Actor.of(user));
            }
            return "redirect:/organisations/" + organisation.oid() + "?decided";
        } catch (ReasonRequired missing) {
            redirect.addAttribute("reasonMissing", "");
            return "redirect:/organisations/" + organisation.oid();
        }
    }

    @PostMapping("/organisations/{oid}/users")
    String invite(@PathVariable String oid, @RequestParam(required = false) @Nullable String email,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        Organisation organisation = existing(oid);
        if (!InvitedAddress.isPlausible(email)) {
            redirect.addAttribute("invalidEmail", "");
            return "redirect:/organisations/" + organisation.oid() + "#users";
        }
        invitations.invite(organisation.oid(), email, Actor.of(user));
        redirect.addAttribute("invited", "");
        return "redirect:/organisations/" + organisation.oid() + "#users";
    }

    @PostMapping("/organisations/{oid}/invitations/{id}/revocation")
    String revoke(@PathVariable String oid, @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user,
                  RedirectAttributes redirect) {
        Organisation organisation = existing(oid);
        try {
            invitations.revoke(organisation.oid(), id, Actor.of(user));
            redirect.addAttribute("revoked", "");
        } catch (InvitationNotFound answeredMeanwhile) {
            redirect.addAttribute("notPending", "");
        }
        return "redirect:/organisations/" + organisation.oid() + "#users";
    }

    /** A user leaves the organisation, or removes another of its users; the last user stays. */
    @PostMapping("/organisations/{oid}/users/{account}/removal")
    String endMembership(@PathVariable String oid, @PathVariable UUID account,
                         @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        Organisation organisation = existing(oid);
        AccountId member = new AccountId(account);
        try {
            invitations.endMembership(organisation.oid(), member, Actor.of(user));
        } catch (LastUserStays last) {
            redirect.addAttribute("lastUser", "");
            return "redirect:/organisations/" + organisation.oid() + "#users";
        } catch (NotAUser gone) {
            redirect.addAttribute("notAUser", "");
            return "redirect:/organisations/" + organisation.oid() + "#users";
        }
        if (member.equals(user.id())) {
            redirect.addAttribute("left", organisation.oid().value());
            return "redirect:/organisations";
        }
        redirect.addAttribute("removed", "");
        return "redirect:/organisations/" + organisation.oid() + "#users";
    }

    private Organisation existing(String oid) {
        if (!Oid.isOid(oid)) {
            throw new UnknownOrganisation(new Oid("E00000000"));
        }
        return registration.find(Oid.of(oid)).orElseThrow(() -> new UnknownOrganisation(Oid.of(oid)));
    }
}
