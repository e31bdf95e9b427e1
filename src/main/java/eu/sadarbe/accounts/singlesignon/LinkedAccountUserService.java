package eu.sadarbe.accounts.singlesignon;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import eu.sadarbe.accounts.EmailAlreadyRegistered;
import eu.sadarbe.accounts.singlesignon.ProviderSignIn.Admitted;
import eu.sadarbe.accounts.singlesignon.ProviderSignIn.Refused;

/**
 * Runs once Spring Security has checked the provider's ID token (signature, issuer, audience, expiry, nonce): reads
 * who the person is from its claims (and the provider's user-info endpoint) and finds their Sadarbe account. A
 * refusal becomes an authentication error whose code {@link ProviderSignInFailed} turns into a message.
 */
final class LinkedAccountUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Error codes of Sadarbe's own refusals, followed by {@link ProviderSignIn.Refusal#code()}. */
    static final String REFUSAL_PREFIX = "sadarbe-";

    private final OidcUserService provider = new OidcUserService();
    private final ProviderAccounts accounts;
    private final String emailClaim;

    LinkedAccountUserService(ProviderAccounts accounts, String emailClaim) {
        this.accounts = accounts;
        this.emailClaim = emailClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        ProviderIdentity identity = new ProviderIdentity(person.getIdToken().getIssuer().toString(),
                person.getSubject(), person.getClaimAsString(emailClaim),
                Boolean.TRUE.equals(person.getEmailVerified()), name(person));
        ProviderSignIn outcome;
        try {
            outcome = accounts.signIn(identity);
        } catch (DataIntegrityViolationException | EmailAlreadyRegistered simultaneousFirstSignIn) {
            // The same person's first sign-in in two tabs at once: the other one has just linked or opened the account.
            outcome = accounts.signIn(identity);
        }
        if (outcome instanceof Admitted admitted) {
            return new LinkedOidcUser(admitted.user(), person);
        }
        Refused refused = (Refused) outcome;
        throw new OAuth2AuthenticationException(new OAuth2Error(REFUSAL_PREFIX + refused.reason().code()));
    }

    private static @Nullable String name(OidcUser person) {
        if (person.getFullName() != null && !person.getFullName().isBlank()) {
            return person.getFullName();
        }
        String given = person.getGivenName() == null ? "" : person.getGivenName().strip();
        String family = person.getFamilyName() == null ? "" : person.getFamilyName().strip();
        String joined = (given + " " + family).strip();
        return joined.isEmpty() ? null : joined;
    }
}
