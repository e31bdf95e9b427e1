package eu.sadarbe.accounts.singlesignon;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;

import eu.sadarbe.accounts.SignedInUser;

/**
 * The provider's access tokens on the JSON API ({@code Authorization: Bearer …}), beside HTTP Basic: a signed JWT
 * from the same issuer, for Sadarbe (its {@code aud} names Sadarbe's client id), unexpired, of a person whose
 * identity is linked to an active account (who has signed in through the provider on the pages once). The request
 * then acts as that account, with its roles. Nothing is kept in a session.
 */
final class ProviderAccessTokens implements JwtDecoder, Converter<Jwt, AbstractAuthenticationToken> {

    private final String issuer;
    private final String clientId;
    private final ProviderAccounts accounts;
    private volatile @Nullable JwtDecoder decoder;

    ProviderAccessTokens(String issuer, String clientId, ProviderAccounts accounts) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.accounts = accounts;
    }

    /** Bearer tokens count on the JSON API only; the pages keep their session. */
    static BearerTokenResolver onTheApiOnly() {
        DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
        return request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                ? header.resolve(request) : null;
    }

    /** The API's own answer to a refused token (a problem detail), with the bearer challenge beside Basic's. */
    static AuthenticationEntryPoint refusedWith(AuthenticationEntryPoint apiUnauthorised) {
        return (request, response, failure) -> apiUnauthorised.commence(request, alsoBearer(response), failure);
    }

    @Override
    public Jwt decode(String token) {
        try {
            return decoder().decode(token);
        } catch (JwtException refused) {
            throw refused;
        } catch (RuntimeException unreachable) {
            throw new JwtException("The single sign-on provider cannot be reached", unreachable);
        }
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        SignedInUser user = accounts.linkedTo(String.valueOf(token.getIssuer()), token.getSubject())
                .orElseThrow(() -> new InvalidBearerTokenException("No active Sadarbe account is linked to this "
                        + "identity; sign in through the provider on the sign-in page once"));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** Built when the first token comes, so that Sadarbe starts while the provider is down. */
    private JwtDecoder decoder() {
        JwtDecoder found = decoder;
        if (found == null) {
            NimbusJwtDecoder built = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            built.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                            audience -> audience != null && audience.contains(clientId))));
            decoder = built;
            found = built;
        }
        return found;
    }

    private static HttpServletResponse alsoBearer(HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, value);
                if (HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
                    super.addHeader(name, "Bearer realm=\"Sadarbe\", error=\"invalid_token\"");
                }
            }
        };
    }
}
