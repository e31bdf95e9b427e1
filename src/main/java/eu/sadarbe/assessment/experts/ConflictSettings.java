package eu.sadarbe.assessment.experts;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the conflict-of-interest check ({@code sadarbe.assessment.conflicts.*}): how far back an expert's
 * membership of a consortium organisation still counts after it ended (issue 12).
 */
@ConfigurationProperties("sadarbe.assessment.conflicts")
public record ConflictSettings(@DefaultValue("3y") Period membershipLookBack) {
}
