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
 * sign-in: 5 per 15 minutes and 20 a day unless set).
 */
@ConfigurationProperties("sadarbe.accounts.links")
public record AccountLinkSettings(@DefaultValue("PT24H") Duration verificationValidity,
                                  @DefaultValue("PT1H") Duration resetValidity,
                                  @DefaultValue("P3D") Duration setUpValidity,
                                  @Nullable List<SignInSettings.Allowance> requestsPerAddress) {

    public AccountLinkSettings {
        requestsPerAddress = requestsPerAddress == null || requestsPerAddress.isEmpty()
                ? RequestThrottle.defaults() : List.copyOf(requestsPerAddress);
    }
}
