package eu.sadarbe.accounts.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.accounts.domain.Account;
import eu.sadarbe.accounts.domain.AccountRepository;
import eu.sadarbe.accounts.domain.SignInThrottle;
import eu.sadarbe.accounts.singlesignon.SingleSignOn;
import eu.sadarbe.accounts.twofactor.NoSecondFactorOverBasic;
import eu.sadarbe.accounts.twofactor.SignInPolicy;
import eu.sadarbe.accounts.twofactor.SignInStepGate;
import eu.sadarbe.accounts.twofactor.SignInSteps;
import eu.sadarbe.accounts.twofactor.TwoFactor;
import eu.sadarbe.web.Languages;
import eu.sadarbe.web.PublicPaths;

/**
 * Who may open what. Pages use form sign-in with CSRF protection; the JSON API under {@code /api} uses HTTP
 * Basic or the session (then with the CSRF token too) and answers 401/403 as problem details. Each module declares its public paths.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    /**
     * Passwords and recovery codes as bcrypt hashes of {@code 2^strength} rounds: 10 (Spring Security's default) unless
     * {@code sadarbe.accounts.password-hash-strength} says otherwise, for an agency whose servers can afford more. A
     * hash keeps the strength it was made with, so changing it never locks anyone out. The test suite sets 4: at 10 the
     * hashing was nearly half of its JVM's CPU (issue #14), and what the tests prove does not depend on the rounds.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${sadarbe.accounts.password-hash-strength:10}") int strength) {
        if (strength < 4 || strength > 31) {
            // Spring Boot reports this at start as the setting's name, its value and the reason, without a stack trace
            throw new InvalidConfigurationPropertyValueException("sadarbe.accounts.password-hash-strength", strength,
                    "bcrypt takes 4 to 31 (2^strength rounds); 10 is the default");
        }
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
        // A hash of another kind, if one was ever stored, is still checked as Spring Security's defaults would
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }

    /**
     * The password check. The password is always compared first — for an unknown address against a stand-in hash,
     * for an inactive (unverified or deactivated) account against its own — and the account's status only after
     * it, with {@code afterPassword}: so an unverified account is refused no sooner than an unknown address, and
     * its status is told only to someone with the right password (issue #15, no account enumeration by timing).
     */
    static DaoAuthenticationProvider passwordCheck(UserDetailsService users, PasswordEncoder passwords,
                                                   UserDetailsChecker afterPassword) {
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(users);
        check.setPasswordEncoder(passwords);
        check.setPreAuthenticationChecks(details -> {
        });
        check.setPostAuthenticationChecks(afterPassword);
        return check;
    }

    @Bean
    UserDetailsService accountsByEmail(AccountRepository accounts) {
        return email -> accounts.findByEmail(Account.normalise(email))
                .map(Account::toSignedInUser)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> publicPaths,
                                            UserDetailsService users, PasswordEncoder passwords,
                                            SignInThrottle throttle, SecurityEvents events, Clock clock,
                                            MessageSource messages, LocaleResolver languages,
                                            AccountRegister register, SingleSignOn singleSignOn, SignInSteps steps,
                                            TwoFactor twoFactor, SignInPolicy policy,
                                            HandlerMappingIntrospector mvcHandlerMappingIntrospector) throws Exception {
        // Not a bean: as a bean it would also join the global authentication manager and count failures twice.
        DaoAuthenticationProvider passwordCheck = passwordCheck(users, passwords,
                new NoSecondFactorOverBasic(new AccountStatusUserDetailsChecker(), twoFactor, policy));
        ThrottledSignIn signIn = new ThrottledSignIn(passwordCheck, throttle, events, clock);
        SignInRefusals refusals = new SignInRefusals(messages, languages, clock);
        String[] open = publicPaths.stream().flatMap(paths -> paths.patterns().stream()).toArray(String[]::new);
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(open).permitAll()
                        .requestMatchers("/sign-in").permitAll()
                        // A second line behind the services' own checks of agency and assignment (RefusalTests):
                        // the back office is for agency officers, score sheets are for experts. The public
                        // patterns above come first, so that an expert's autosave after a time-out still gets
                        // its 401 with a message.
                        .requestMatchers("/agency", "/agency/**", "/api/v1/agency/**").hasRole(Role.NA_OFFICER.name())
                        .requestMatchers("/assessments", "/assessments/**", "/api/v1/assessments/**")
                        .hasRole(Role.EXPERT.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        // Anyone signed in; and a visitor at an address nobody serves, who gets "page not found" in
                        // their language, not sign-in. Issue 21: the handler lookup of NoPageHere decided nothing for
                        // a person signed in (any address is open to them here) yet cost every applicant's request
                        // (9 % of a submission's CPU): it is now asked only when nobody is signed in.
                        .anyRequest().access(AuthorizationManagers.anyOf(
                                AuthenticatedAuthorizationManager.authenticated(),
                                noPageHere(new NoPageHere(mvcHandlerMappingIntrospector)))))
                .authenticationProvider(signIn)
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(SessionBoundCsrfTokens.storedAtSignIn(
                                steps.around(new RememberLanguageOnSignIn(languages, events, register))))
                        .failureHandler(refusals::signInFailed))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .addLogoutHandler((request, response, signedIn) -> {
                            if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user) {
                                events.record(SecurityEventKind.SIGN_OUT, user.id(), user.email(), Map.of());
                            }
                        })
                        .logoutSuccessUrl("/?signedOut"))
                .httpBasic(basic -> basic
                        .realmName("Sadarbe")
                        .authenticationEntryPoint(refusals::apiUnauthorised))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(refusals::apiUnauthorised, API)
                        .defaultAccessDeniedHandlerFor(refusals::apiForbidden, API)
                        // With the API's handler alone Spring Security used it for pages too (issue 13, item 17):
                        // a page refused gets the friendly error page in the reader's language.
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(new SessionBoundCsrfTokens())
                        .ignoringRequestMatchers(SecurityConfiguration::apiWithoutAmbientCredentials))
                .addFilterAfter(new CsrfCookieOnEveryPage(), CsrfFilter.class)
                .addFilterBefore(new SignInStepGate(), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)));
        // Sign-in through an OpenID Connect provider, only where its settings name one (issue #15)
        singleSignOn.addTo(http, refusals::apiUnauthorised);
        return http.build();
    }

    /**
     * The API needs no CSRF token where a forged cross-site request could not act as the person: with HTTP Basic
     * (or, later, a bearer token) in the Authorization header, which a browser never adds by itself, or without a
     * session cookie. A state change authenticated by the browser's session cookie needs the token (issue 12).
     */
    private static boolean apiWithoutAmbientCredentials(HttpServletRequest request) {
        return API.matches(request)
                && (request.getHeader("Authorization") != null || request.getRequestedSessionId() == null);
    }

    /**
     * After sign-in the language of the sign-in page applies, as the person just chose it there; the account
     * remembers it for the next browser. Without a page language (a client that posts no {@code lang}), the
     * account's own choice applies.
     */
    static class RememberLanguageOnSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

        private final LocaleResolver languages;
        private final SecurityEvents events;
        private final AccountRegister register;

        RememberLanguageOnSignIn(LocaleResolver languages, SecurityEvents events, AccountRegister register) {
            this.languages = languages;
            this.events = events;
            this.register = register;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws jakarta.servlet.ServletException,
                IOException {
            if (authentication.getPrincipal() instanceof SignedInUser user) {
                events.record(SecurityEventKind.SIGN_IN, user.id(), user.email(), Map.of("channel", "form"));
                Locale onPage = Languages.parse(request.getParameter("lang"));
                Locale chosen = onPage != null ? onPage : Languages.parse(user.language());
                if (chosen != null) {
                    languages.setLocale(request, response, chosen);
                    if (!chosen.getLanguage().equals(user.language())) {
                        register.preferLanguage(user.id(), chosen);
                    }
                }
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /** Grants a request to an address that no controller or endpoint serves ({@link NoPageHere}). */
    private static AuthorizationManager<RequestAuthorizationContext> noPageHere(NoPageHere noPage) {
        return (authentication, context) -> new AuthorizationDecision(noPage.matches(context.getRequest()));
    }
}
