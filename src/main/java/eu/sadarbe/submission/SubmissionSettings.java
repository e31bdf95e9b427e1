package eu.sadarbe.submission;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of submission receipts ({@code sadarbe.submission.*}): the sender of receipt e-mails, after how long a
 * receipt that failed (e.g. the SMTP server was down) is tried again, and the address of the site that the
 * e-mail's link to the receipt page starts with. The SMTP server itself is Spring's
 * {@code spring.mail.*}; without {@code spring.mail.host} no e-mail is sent.
 */
@ConfigurationProperties("sadarbe.submission")
public record SubmissionSettings(@DefaultValue("Sadarbe <noreply@sadarbe.eu>") String receiptFrom,
                                 @DefaultValue("PT5M") Duration retryReceiptsAfter,
                                 @DefaultValue("http://localhost:8080") URI siteUrl) {
}
