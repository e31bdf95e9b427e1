package eu.sadarbe.accounts.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-in is throttled: after {@code maximumFailures} failed attempts for one e-mail address, sign-in with
 * it is refused for {@code lockDuration}.
 */
@ConfigurationProperties("sadarbe.accounts.sign-in")
public record SignInSettings(int maximumFailures, Duration lockDuration) {
}
