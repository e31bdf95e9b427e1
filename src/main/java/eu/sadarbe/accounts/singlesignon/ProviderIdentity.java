package eu.sadarbe.accounts.singlesignon;

import org.jspecify.annotations.Nullable;

/**
 * Who the OpenID Connect provider says the person is: its issuer and the subject it gives them (together the
 * identity, which never changes), and the e-mail address and name it holds for them now.
 *
 * @param emailVerified whether the provider vouches that the person controls the address ({@code email_verified})
 */
public record ProviderIdentity(String issuer, String subject, @Nullable String email, boolean emailVerified,
                               @Nullable String name) {
}
