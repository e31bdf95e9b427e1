package eu.sadarbe.accounts.singlesignon;

import java.util.Optional;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.twofactor.SignInSteps;
import eu.sadarbe.accounts.singlesignon.ProviderSignIn.Refusal;

/**
 * Sign-in through an OpenID Connect provider beside passwords, when {@link SingleSignOnSettings} name one: the
 * button on the sign-in page leads to {@value #SIGN_IN_PATH}, the provider sends the person back to
 * {@code /login/oauth2/code/sso}, and {@link ProviderAccounts} finds their account. The authorization request
 * waits in the HTTP session (in the database), so any node can take the person's return.
 */
@Component
public class SingleSignOn {

    static final String REGISTRATION_ID = "sso";
    public static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    private final SingleSignOnSettings settings;
    private final ProviderAccounts accounts;
    private final SecurityEvents events;
    private final AccountRegister register;
    private final LocaleResolver languages;
    private final SignInSteps steps;

    SingleSignOn(SingleSignOnSettings settings, ProviderAccounts accounts, SecurityEvents events,
                 AccountRegister register, LocaleResolver languages, SignInSteps steps) {
        this.settings = settings;
        this.steps = steps;
        this.accounts = accounts;
        this.events = events;
        this.register = register;
        this.languages = languages;
    }

    /** The provider's name for the button "Sign in with …", if single sign-on is offered. */
    public Optional<String> providerName() {
        return settings.configured() ? Optional.of(settings.displayName()) : Optional.empty();
    }

    /**
     * Adds sign-in through the provider to the security set-up, and its access tokens on the JSON API (refused
     * as {@code apiUnauthorised} answers); without settings it adds nothing.
     */
    public void addTo(HttpSecurity http, AuthenticationEntryPoint apiUnauthorised) throws Exception {
        if (!settings.configured()) {
            return;
        }
        SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        ProviderSignInFailed unavailable = new ProviderSignInFailed(events, Refusal.UNAVAILABLE);
        http.oauth2Login(login -> login
                // People choose on Sadarbe's own sign-in page; nobody is sent to the provider unasked.
                .loginPage("/sign-in")
                .clientRegistrationRepository(new DiscoveredRegistration(REGISTRATION_ID, this::discover))
                .authorizedClientRepository(new NoAuthorizedClientsKept())
                .securityContextRepository(contexts)
                .userInfoEndpoint(userInfo -> userInfo
                        .oidcUserService(new LinkedAccountUserService(accounts, settings.emailClaim())))
                .successHandler(new ProviderSignInSucceeded(contexts, events, register, languages, steps))
                .failureHandler(new ProviderSignInFailed(events, Refusal.FAILED))
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O redirect) {
                        // The redirect to the provider fails only when the provider cannot be reached.
                        redirect.setAuthenticationFailureHandler(unavailable);
                        return redirect;
                    }
                }));
        ProviderAccessTokens tokens = new ProviderAccessTokens(settings.issuer(), settings.clientId(), accounts);
        http.oauth2ResourceServer(api -> api
                .bearerTokenResolver(ProviderAccessTokens.onTheApiOnly())
                .authenticationEntryPoint(ProviderAccessTokens.refusedWith(apiUnauthorised))
                .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(tokens))
                .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                    @Override
                    public <O extends BearerTokenAuthenticationFilter> O postProcess(O bearer) {
                        // A token that cannot be checked while the provider is down is refused (401), not a 500.
                        var refused = new AuthenticationEntryPointFailureHandler(
                                ProviderAccessTokens.refusedWith(apiUnauthorised));
                        refused.setRethrowAuthenticationServiceException(false);
                        bearer.setAuthenticationFailureHandler(refused);
                        return bearer;
                    }
                }));
    }

    private ClientRegistration discover() {
        return ClientRegistrations.fromIssuerLocation(settings.issuer())
                .registrationId(REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .clientName(settings.displayName())
                .scope(OidcScopes.OPENID, OidcScopes.EMAIL, OidcScopes.PROFILE)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }
}
