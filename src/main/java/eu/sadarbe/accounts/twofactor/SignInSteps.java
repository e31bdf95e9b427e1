package eu.sadarbe.accounts.twofactor;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.SignedInUser;

/**
 * The steps of a sign-in after the right password: a second factor where the person has one, a new password where
 * one is required, and enrolling an authenticator app where the role needs one. Until they are done the person
 * holds an {@link UnfinishedSignIn}; then they get their roles, a new session id, the idle time-out of their role,
 * and their last sign-in is recorded.
 */
@Component
public class SignInSteps {

    private final JdbcClient jdbc;
    private final SignInPolicy policy;
    private final Clock clock;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private @Nullable AuthenticationSuccessHandler finished;

    SignInSteps(JdbcClient jdbc, SignInPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** The handler of a right password: it starts the steps, or finishes the sign-in with {@code finished}. */
    public AuthenticationSuccessHandler around(AuthenticationSuccessHandler finished) {
        this.finished = finished;
        return this::passwordAccepted;
    }

    private void passwordAccepted(HttpServletRequest request, HttpServletResponse response,
                                  Authentication authentication) throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof SignedInUser person)) {
            finish(request, response, authentication, null);
            return;
        }
        List<SignInStep> steps = stepsFor(person);
        if (steps.isEmpty()) {
            finish(request, response, authentication, null);
            return;
        }
        UnfinishedSignIn unfinished = new UnfinishedSignIn(person, steps, request.getParameter("lang"),
                authentication.getDetails());
        save(unfinished, request, response);
        response.sendRedirect(request.getContextPath() + unfinished.next().path());
    }

    /**
     * A sign-in through the single sign-on provider ({@code signedIn} holds the account): true when steps remain and
     * the person was sent to the next one (the password's handler finishes it); false when none do, after the idle
     * time-out of the role is set and the sign-in recorded, for the provider's handler to finish it.
     */
    public boolean providerAccepted(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
            throws IOException {
        SignedInUser person = (SignedInUser) signedIn.getPrincipal();
        List<SignInStep> steps = stepsFor(person);
        if (steps.isEmpty()) {
            request.getSession().setMaxInactiveInterval((int) policy.idleTimeout().of(person.roles()).toSeconds());
            recordSignIn(person.id());
            return false;
        }
        UnfinishedSignIn unfinished = new UnfinishedSignIn(person, steps, null, signedIn.getDetails());
        save(unfinished, request, response);
        response.sendRedirect(request.getContextPath() + unfinished.next().path());
        return true;
    }

    /** Marks a step done: on to the next one, or the sign-in is finished. */
    public void done(UnfinishedSignIn unfinished, SignInStep step, HttpServletRequest request,
                     HttpServletResponse response) throws IOException, ServletException {
        UnfinishedSignIn rest = unfinished.withoutStep(step);
        if (!rest.isDone()) {
            save(rest, request, response);
            response.sendRedirect(request.getContextPath() + rest.next().path());
            return;
        }
        SignedInUser person = unfinished.person();
        var full = UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
        full.setDetails(unfinished.getDetails());
        request.changeSessionId();
        save(full, request, response);
        finish(request, response, full, unfinished.language());
    }

    List<SignInStep> stepsFor(SignedInUser person) {
        Flags flags = jdbc.sql("""
                        SELECT two_factor_secret IS NOT NULL AS enrolled, password_change_required
                        FROM account WHERE id = :id""")
                .param("id", person.id().value())
                .query((row, number) -> new Flags(row.getBoolean(1), row.getBoolean(2)))
                .optional().orElse(new Flags(false, false));
        List<SignInStep> steps = new ArrayList<>();
        if (flags.enrolled()) {
            steps.add(SignInStep.SECOND_FACTOR);
        }
        if (flags.newPasswordRequired()) {
            steps.add(SignInStep.NEW_PASSWORD);
        }
        if (!flags.enrolled() && policy.requiresSecondFactor(person.roles())) {
            steps.add(SignInStep.ENROL_SECOND_FACTOR);
        }
        return steps;
    }

    private void finish(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
                        @Nullable String language) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof SignedInUser person) {
            request.getSession().setMaxInactiveInterval((int) policy.idleTimeout().of(person.roles()).toSeconds());
            recordSignIn(person.id());
        }
        if (finished == null) {
            throw new IllegalStateException("The sign-in has no handler to finish it");
        }
        finished.onAuthenticationSuccess(language == null ? request : withLanguage(request, language), response,
                authentication);
    }

    private void recordSignIn(AccountId id) {
        jdbc.sql("UPDATE account SET last_signed_in_at = :at WHERE id = :id")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("id", id.value()).update();
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** The sign-in page's language choice, posted with the password, applies when the last step is done. */
    private static HttpServletRequest withLanguage(HttpServletRequest request, String language) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return "lang".equals(name) ? language : super.getParameter(name);
            }
        };
    }

    private record Flags(boolean enrolled, boolean newPasswordRequired) {
    }
}
