package eu.sadarbe.submission;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;


/**
 * Receipts run asynchronously after the submission commits ({@code @ApplicationModuleListener} is
 * {@code @Async}), so the PDF and the e-mail never delay the answer to the applicant.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableConfigurationProperties(SubmissionSettings.class)
class SubmissionConfiguration {
}
