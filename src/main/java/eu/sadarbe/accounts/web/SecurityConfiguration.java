package eu.sadarbe.accounts.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.accounts.domain.AccountRepository;
import eu.sadarbe.accounts.domain.Account;
import eu.sadarbe.accounts.domain.SignInThrottle;
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
                                            SignInThrottle throttle, LocaleResolver languages) throws Exception {
        // Not a bean: as a bean it would also join the global authentication manager and count failures twice.
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwords);
        ThrottledSignIn signIn = new ThrottledSignIn(passwordCheck, throttle);
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
                        .anyRequest().authenticated())
                .authenticationProvider(signIn)
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(new RememberLanguageOnSignIn(languages))
                        .failureHandler(SecurityConfiguration::signInFailed))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/?signedOut"))
                .httpBasic(basic -> basic
                        .realmName("Sadarbe")
                        .authenticationEntryPoint(SecurityConfiguration::apiUnauthorised))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(SecurityConfiguration::apiUnauthorised, API)
                        .defaultAccessDeniedHandlerFor((request, response, denied) ->
                                problem(response, HttpStatus.FORBIDDEN, "You may not open this."), API))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(new SessionBoundCsrfTokens())
                        .ignoringRequestMatchers(SecurityConfiguration::apiWithoutAmbientCredentials))
                .addFilterAfter(new CsrfCookieOnEveryPage(), CsrfFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)));
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

    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException failure) throws IOException {
        String reason = failure instanceof ThrottledSignIn.SignInLocked ? "locked" : "error";
        String email = request.getParameter("email") == null ? "" : request.getParameter("email");
        response.sendRedirect(request.getContextPath() + "/sign-in?" + reason + "&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8));
    }

    private static void apiUnauthorised(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Sadarbe\"");
        problem(response, HttpStatus.UNAUTHORIZED, failure instanceof ThrottledSignIn.SignInLocked
                ? "Too many failed sign-ins; try again later." : "Sign in with your e-mail address and password.");
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    /** After sign-in the person's own language choice applies, whichever browser or node they use. */
    static class RememberLanguageOnSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

        private final LocaleResolver languages;

        RememberLanguageOnSignIn(LocaleResolver languages) {
            this.languages = languages;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws jakarta.servlet.ServletException,
                IOException {
            if (authentication.getPrincipal() instanceof SignedInUser user) {
                Locale preferred = Languages.parse(user.language());
                if (preferred != null) {
                    languages.setLocale(request, response, preferred);
                }
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
