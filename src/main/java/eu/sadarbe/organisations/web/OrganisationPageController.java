package eu.sadarbe.organisations.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

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
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.organisations.OrganisationType;
import eu.sadarbe.organisations.domain.Actor;
import eu.sadarbe.organisations.domain.FieldChange;
import eu.sadarbe.organisations.domain.NotAllowedToChange;
import eu.sadarbe.organisations.domain.Organisation;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.organisations.domain.PossibleDuplicates;
import eu.sadarbe.organisations.domain.ReasonRequired;
import eu.sadarbe.organisations.domain.UnknownOrganisation;

/** Registering an organisation, its record with history, changes and the agency's decision, as pages. */
@Controller
class OrganisationPageController {

    private final OrganisationRegistration registration;
    private final OrganisationRegister register;
    private final ReferenceData reference;
    private final AccountRegister accounts;

    OrganisationPageController(OrganisationRegistration registration, OrganisationRegister register,
                               ReferenceData reference, AccountRegister accounts) {
        this.registration = registration;
        this.register = register;
        this.reference = reference;
        this.accounts = accounts;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("countries", reference.countries(CallYears.LAST));
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
    String show(@PathVariable String oid, @AuthenticationPrincipal SignedInUser user, Model model) {
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
    String authorise(@PathVariable String oid, @RequestParam(required = false) @Nullable String email,
                     @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        Organisation organisation = existing(oid);
        var account = email == null || email.isBlank() ? java.util.Optional.<eu.sadarbe.accounts.AccountSummary>empty()
                : accounts.byEmail(email);
        if (account.isEmpty()) {
            redirect.addAttribute("unknownAccount", "");
            return "redirect:/organisations/" + organisation.oid() + "#users";
        }
        registration.authorise(organisation.oid(), account.get().id(), Actor.of(user));
        redirect.addAttribute("authorised", "");
        return "redirect:/organisations/" + organisation.oid() + "#users";
    }

    private Organisation existing(String oid) {
        if (!Oid.isOid(oid)) {
            throw new UnknownOrganisation(new Oid("E00000000"));
        }
        return registration.find(Oid.of(oid)).orElseThrow(() -> new UnknownOrganisation(Oid.of(oid)));
    }
}
