package eu.sadarbe.web;

import java.net.URI;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the accessibility statement names that belongs to the operator ({@code sadarbe.accessibility.*}): where
 * people report a barrier (e-mail, optionally a telephone number), when the statement was prepared and last
 * reviewed, and the enforcement body they may turn to (in Latvia the Public Sector Web Accessibility Monitoring of
 * VRAA, by default).
 */
@ConfigurationProperties("sadarbe.accessibility")
public record AccessibilitySettings(@DefaultValue("accessibility@sadarbe.eu") String feedbackEmail,
                                    @Nullable String feedbackPhone,
                                    @DefaultValue("2026-12-04") LocalDate preparedOn,
                                    @DefaultValue("2026-12-04") LocalDate reviewedOn,
                                    @DefaultValue("Valsts reģionālās attīstības aģentūra (VRAA)") String enforcementBody,
                                    @DefaultValue("https://www.vraa.gov.lv") URI enforcementUrl) {
}
