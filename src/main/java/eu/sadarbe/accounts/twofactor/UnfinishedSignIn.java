package eu.sadarbe.accounts.twofactor;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import eu.sadarbe.accounts.SignedInUser;

/**
 * A person whose password was right but whose sign-in still needs further steps. It carries only the authority
 * {@value #AUTHORITY}, none of the person's roles, and {@link SignInStepGate} lets it reach nothing but the pages of
 * those steps and signing out.
 */
public final class UnfinishedSignIn extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String AUTHORITY = "SIGN_IN_UNFINISHED";

    private final SignedInUser person;
    private final ArrayList<SignInStep> steps;
    private final @Nullable String language;

    UnfinishedSignIn(SignedInUser person, List<SignInStep> steps, @Nullable String language,
                     @Nullable Object details) {
        super(AuthorityUtils.createAuthorityList(AUTHORITY));
        this.person = person;
        this.steps = new ArrayList<>(steps);
        this.language = language;
        setDetails(details);
        setAuthenticated(true);
    }

    public SignedInUser person() {
        return person;
    }

    public SignInStep next() {
        return steps.get(0);
    }

    /** The same sign-in with the next step done; empty list when none remain. */
    UnfinishedSignIn withoutStep(SignInStep done) {
        List<SignInStep> left = new ArrayList<>(steps);
        left.remove(done);
        return new UnfinishedSignIn(person, left, language, getDetails());
    }

    boolean isDone() {
        return steps.isEmpty();
    }

    @Nullable String language() {
        return language;
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public SignedInUser getPrincipal() {
        return person;
    }

    @Override
    public String getName() {
        return person.email();
    }
}
