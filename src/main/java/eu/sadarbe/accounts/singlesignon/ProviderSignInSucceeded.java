package eu.sadarbe.accounts.singlesignon;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.servlet.LocaleResolver;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.accounts.twofactor.SignInSteps;
import eu.sadarbe.web.LanguageChoice;
import eu.sadarbe.web.Languages;

/**
 * After the provider vouched for the person and their account was found: the session holds Sadarbe's own sign-in,
 * exactly as after a password (the account with its roles, no tokens), so that everything behind the sign-in treats
 * both alike. The sign-in is recorded, and the language follows the same rule as on the sign-in page.
 */
final class ProviderSignInSucceeded extends SavedRequestAwareAuthenticationSuccessHandler {

    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityEvents events;
    private final AccountRegister register;
    private final LocaleResolver languages;
    private final SignInSteps steps;

    ProviderSignInSucceeded(SecurityContextRepository contexts, SecurityEvents events, AccountRegister register,
                            LocaleResolver languages, SignInSteps steps) {
        this.contexts = contexts;
        this.steps = steps;
        this.events = events;
        this.register = register;
        this.languages = languages;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        LinkedOidcUser person = (LinkedOidcUser) authentication.getPrincipal();
        SignedInUser user = person.account();
        UsernamePasswordAuthenticationToken signedIn =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        signedIn.setDetails(authentication.getDetails());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("channel", "single-sign-on");
        detail.put("issuer", person.getIdToken().getIssuer().toString());
        events.record(SecurityEventKind.SIGN_IN, user.id(), user.email(), detail);
        rememberLanguage(request, response, user);
        // The same steps as after a password (issue #15 item 6): a one-time code where the person has an authenticator
        // app, enrolling one where the role requires it, a new password where one is required.
        if (steps.providerAccepted(request, response, signedIn)) {
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(signedIn);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        super.onAuthenticationSuccess(request, response, signedIn);
    }

    /** A language chosen before signing in wins and is remembered; otherwise the account's own applies. */
    private void rememberLanguage(HttpServletRequest request, HttpServletResponse response, SignedInUser user) {
        Locale chosen = LanguageChoice.chosen(request);
        if (chosen != null) {
            if (!chosen.getLanguage().equals(user.language())) {
                register.preferLanguage(user.id(), chosen);
            }
            return;
        }
        Locale own = Languages.parse(user.language());
        if (own != null) {
            languages.setLocale(request, response, own);
        }
    }
}
