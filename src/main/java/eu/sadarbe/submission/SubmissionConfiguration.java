package eu.sadarbe.submission;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The submission module's settings (receipt sender, retry interval). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SubmissionSettings.class)
class SubmissionConfiguration {
}
