package eu.sadarbe.accounts.singlesignon;

import java.io.Serial;

import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import eu.sadarbe.accounts.SignedInUser;

/**
 * The person as the provider described them, with the Sadarbe account they signed in to. Its authorities are the
 * account's roles. It lives only until {@link ProviderSignInSucceeded} puts the account itself in the session.
 */
final class LinkedOidcUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser account;

    LinkedOidcUser(SignedInUser account, OidcUser person) {
        super(account.getAuthorities(), person.getIdToken(), person.getUserInfo(), IdTokenClaimNames.SUB);
        this.account = account;
    }

    SignedInUser account() {
        return account;
    }
}
