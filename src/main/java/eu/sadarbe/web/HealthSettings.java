package eu.sadarbe.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Settings of the health checks ({@code sadarbe.health.*}).
 *
 * @param writeProbeInterval how long one write probe of the readiness check serves every check that follows it
 */
@Validated
@ConfigurationProperties("sadarbe.health")
public record HealthSettings(@DefaultValue("PT5S") @NotNull Duration writeProbeInterval) {

    public HealthSettings {
        if (writeProbeInterval.isNegative()) {
            throw new IllegalArgumentException("sadarbe.health.write-probe-interval must not be negative");
        }
    }
}
