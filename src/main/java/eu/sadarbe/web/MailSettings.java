package eu.sadarbe.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every e-mail Sadarbe sends ({@code sadarbe.mail.*}): the sender; where replies go — the address of the National
 * Agency that sends it ({@code agency-reply-to.LV01=…}), or else {@code reply-to}, or else nowhere but the sender.
 * The SMTP server itself is Spring's {@code spring.mail.*}; without {@code spring.mail.host} no e-mail is sent.
 */
@ConfigurationProperties("sadarbe.mail")
public record MailSettings(@DefaultValue("Sadarbe <noreply@sadarbe.eu>") String from, @Nullable String replyTo,
                           @Nullable Map<String, String> agencyReplyTo) {

    public MailSettings {
        agencyReplyTo = agencyReplyTo == null ? Map.of() : Map.copyOf(agencyReplyTo);
    }

    /** Where a reply to an e-mail sent for this agency (or none) goes, if anywhere but the sender. */
    public @Nullable String replyTo(@Nullable String agencyCode) {
        String agencys = agencyCode == null || agencyReplyTo == null ? null : agencyReplyTo.get(agencyCode);
        return agencys != null && !agencys.isBlank() ? agencys : replyTo != null && !replyTo.isBlank() ? replyTo : null;
    }
}
