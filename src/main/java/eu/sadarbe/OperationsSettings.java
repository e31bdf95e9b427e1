package eu.sadarbe;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * Settings for running Sadarbe (issue 16): {@code sadarbe.h2.*} and {@code sadarbe.metrics.*}.
 */
public final class OperationsSettings {

    private OperationsSettings() {
    }

    /**
     * The embedded H2 database ({@code sadarbe.h2.*}), read before start-up by {@link EmbeddedDatabaseGuard}.
     *
     * @param allowFileDatabase start without a profile on an H2 file database (by default Sadarbe refuses, as that
     *                          database is meant for trials)
     */
    @ConfigurationProperties("sadarbe.h2")
    public record H2(@DefaultValue("false") boolean allowFileDatabase) {
    }

    /**
     * Who may read {@code /actuator/prometheus} ({@code sadarbe.metrics.*}): a scraper with HTTP Basic and these
     * credentials (role {@code METRICS}). Without a password nobody may.
     *
     * @param username the scraper's user name
     * @param password its password; {@code {bcrypt}…} for a hash, otherwise taken as it is; empty: no scraper
     */
    @Validated
    @ConfigurationProperties("sadarbe.metrics")
    public record Metrics(@DefaultValue("prometheus") @NotBlank String username, @Nullable String password) {

        public boolean scrapingAllowed() {
            return password != null && !password.isBlank();
        }
    }
}
