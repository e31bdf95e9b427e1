package eu.sadarbe.payments.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.payments.domain.BankAccounts;
import eu.sadarbe.payments.domain.DebtorAccountRepository;

/** Administrators keep each agency's own account, the debtor of its SEPA credit transfers (IBAN and BIC, iban4j). */
@Controller
class DebtorAccountsPageController {

    private final DebtorAccountRepository accounts;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Clock clock;

    DebtorAccountsPageController(DebtorAccountRepository accounts, ReferenceData reference, MessageSource messages,
                                 Clock clock) {
        this.accounts = accounts;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/payments/accounts")
    String accounts(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("agencies", reference.nationalAgencies(null, null));
        return "payments/accounts";
    }

    @PostMapping("/admin/payments/accounts")
    String save(@RequestParam(defaultValue = "") String agencyCode, @RequestParam(defaultValue = "") String iban,
                @RequestParam(defaultValue = "") String bic, @AuthenticationPrincipal SignedInUser user,
                Model model, RedirectAttributes redirect, Locale locale) {
        boolean knownAgency = reference.nationalAgencies(null, null).stream()
                .anyMatch(agency -> agency.code().equals(agencyCode));
        Optional<String> validIban = BankAccounts.iban(iban);
        Optional<String> validBic = BankAccounts.bic(bic);
        if (!knownAgency || validIban.isEmpty() || validBic.isEmpty()) {
            model.addAttribute("agencyError", knownAgency ? null : "payments.accounts.agencyError");
            model.addAttribute("ibanError", validIban.isPresent() ? null : "payments.accounts.ibanError");
            model.addAttribute("bicError", validBic.isPresent() ? null : "payments.accounts.bicError");
            model.addAttribute("agencyCode", agencyCode);
            model.addAttribute("iban", iban);
            model.addAttribute("bic", bic);
            return accounts(model);
        }
        accounts.save(agencyCode, validIban.get(), validBic.get(), user.email(), clock.instant());
        redirect.addFlashAttribute("done", messages.getMessage("payments.accounts.saved",
                new Object[] {agencyCode}, locale));
        return "redirect:/admin/payments/accounts";
    }

}
