package eu.sadarbe.accounts.twofactor;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import eu.sadarbe.accounts.SignedInUser;

/**
 * HTTP Basic has no second step: a person who signs in with two factors (or whose role requires them) cannot use
 * their password alone there. Only the sign-in page's form leads on to the second step. Checked after the password,
 * so that the refusal tells nothing to someone without it.
 */
public class NoSecondFactorOverBasic implements UserDetailsChecker {

    private final UserDetailsChecker then;
    private final TwoFactor twoFactor;
    private final SignInPolicy policy;

    public NoSecondFactorOverBasic(UserDetailsChecker then, TwoFactor twoFactor, SignInPolicy policy) {
        this.then = then;
        this.twoFactor = twoFactor;
        this.policy = policy;
    }

    @Override
    public void check(UserDetails details) {
        then.check(details);
        if (details instanceof SignedInUser person && !isFormSignIn()
                && (policy.requiresSecondFactor(person.roles()) || twoFactor.isEnrolled(person.id()))) {
            throw new SecondFactorNeeded();
        }
    }

    /**
     * An account status, not bad credentials: those would let the authentication manager try its parent, which
     * knows nothing of second factors.
     */
    static class SecondFactorNeeded extends AccountStatusException {

        SecondFactorNeeded() {
            super("This account signs in with two factors, on the sign-in page");
        }
    }

    private static boolean isFormSignIn() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && "POST".equals(attributes.getRequest().getMethod())
                && (attributes.getRequest().getContextPath() + "/sign-in").equals(attributes.getRequest().getRequestURI());
    }
}
