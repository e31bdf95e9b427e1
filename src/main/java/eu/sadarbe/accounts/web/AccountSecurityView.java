package eu.sadarbe.accounts.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.accounts.personaldata.Erasure;
import eu.sadarbe.accounts.twofactor.SignInPolicy;
import eu.sadarbe.accounts.twofactor.TwoFactor;

/** What the account page's security part ({@code accounts/account-security :: section}) shows of the person. */
@Component
public class AccountSecurityView {

    private final TwoFactor twoFactor;
    private final SignInPolicy policy;
    private final Erasure erasure;

    AccountSecurityView(TwoFactor twoFactor, SignInPolicy policy, Erasure erasure) {
        this.twoFactor = twoFactor;
        this.policy = policy;
        this.erasure = erasure;
    }

    public void describe(SignedInUser person, Model model) {
        model.addAttribute("twoFactorOn", twoFactor.isEnrolled(person.id()));
        model.addAttribute("twoFactorRequired", policy.requiresSecondFactor(person.roles()));
        model.addAttribute("recoveryCodesLeft", twoFactor.recoveryCodesLeft(person.id()));
        model.addAttribute("erasureRequested", erasure.isRequested(person.id()));
    }
}
