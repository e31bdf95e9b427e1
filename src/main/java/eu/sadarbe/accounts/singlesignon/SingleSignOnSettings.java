package eu.sadarbe.accounts.singlesignon;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on through an OpenID Connect provider ({@code sadarbe.accounts.single-sign-on.*}, from the
 * environment variables {@code SADARBE_SSO_*}). Without an issuer there is no single sign-on: no button, no client
 * registration. With one, the client id and secret are required.
 *
 * @param issuer       the provider's issuer URL; its {@code /.well-known/openid-configuration} names the rest
 * @param clientId     Sadarbe's client id at the provider
 * @param clientSecret Sadarbe's client secret at the provider
 * @param emailClaim   the claim that carries the person's e-mail address ({@code email} unless the provider differs)
 * @param displayName  the provider's name on the button "Sign in with …" (the issuer's host name if not set)
 */
@ConfigurationProperties("sadarbe.accounts.single-sign-on")
public record SingleSignOnSettings(@Nullable String issuer, @Nullable String clientId, @Nullable String clientSecret,
                                   String emailClaim, String displayName) {

    public SingleSignOnSettings(@Nullable String issuer, @Nullable String clientId, @Nullable String clientSecret,
                                @Nullable String emailClaim, @Nullable String displayName) {
        this.issuer = blankAsNull(issuer);
        this.clientId = blankAsNull(clientId);
        this.clientSecret = blankAsNull(clientSecret);
        this.emailClaim = emailClaim == null || emailClaim.isBlank() ? "email" : emailClaim.trim();
        this.displayName = displayName == null || displayName.isBlank() ? hostOf(this.issuer) : displayName.trim();
        if (this.issuer != null && (this.clientId == null || this.clientSecret == null)) {
            throw new IllegalArgumentException("Single sign-on needs SADARBE_SSO_CLIENT_ID and SADARBE_SSO_CLIENT_SECRET "
                    + "beside SADARBE_SSO_ISSUER");
        }
        if (this.issuer != null && !this.issuer.startsWith("https://") && !this.issuer.startsWith("http://")) {
            throw new IllegalArgumentException("SADARBE_SSO_ISSUER must be the provider's issuer URL, such as "
                    + "https://keycloak.example/realms/sadarbe");
        }
    }

    public boolean configured() {
        return issuer != null;
    }

    private static @Nullable String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String hostOf(@Nullable String issuer) {
        if (issuer == null) {
            return "";
        }
        try {
            String host = URI.create(issuer).getHost();
            return host == null ? issuer : host;
        } catch (IllegalArgumentException notAUri) {
            return issuer;
        }
    }
}
