package eu.sadarbe.accounts.domain;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mailed links of accounts ({@code sadarbe.accounts.links.*}): how long a sign-up's verification link (24
 * hours), a password reset link (1 hour) and the first administrator's set-up link work, and how many sign-ups,
 * resends and reset requests one client address may make ({@code requests-per-address}, allowances as for
 * sign-in: 5 per 15 minutes and 20 a day unless set), and the secret key that signs every link's token
 * ({@code signing-key}, {@code SADARBE_LINK_KEY}; without one a development key, with a warning in the log).
 */
@ConfigurationProperties("sadarbe.accounts.links")
public record AccountLinkSettings(@DefaultValue("PT24H") Duration verificationValidity,
                                  @DefaultValue("PT1H") Duration resetValidity,
                                  @DefaultValue("P3D") Duration setUpValidity,
                                  @Nullable List<SignInSettings.Allowance> requestsPerAddress,
                                  @Nullable String signingKey) {

    /** The key used when none is set: fine on a developer's machine, never in production. */
    public static final String DEVELOPMENT_KEY = "sadarbe-development-link-key-change-me";

    public AccountLinkSettings {
        requestsPerAddress = requestsPerAddress == null || requestsPerAddress.isEmpty()
                ? RequestThrottle.defaults() : List.copyOf(requestsPerAddress);
        signingKey = signingKey == null || signingKey.isBlank() ? DEVELOPMENT_KEY : signingKey;
    }

    /** The key that signs link tokens: the one set, or the development key. */
    @Override
    public String signingKey() {
        return signingKey == null ? DEVELOPMENT_KEY : signingKey;
    }

    public boolean signsWithDevelopmentKey() {
        return DEVELOPMENT_KEY.equals(signingKey);
    }
}
