package eu.sadarbe.accounts.personaldata;

import java.time.Period;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The controller of the personal data Sadarbe processes — the National Agency running it — with its contact
 * details, and how long what is kept ({@code sadarbe.privacy.*}), as the privacy notice states them.
 */
@ConfigurationProperties("sadarbe.privacy")
public record PrivacySettings(String controllerName, String controllerAddress, String controllerEmail,
                              @Nullable String controllerPhone, @Nullable String protectionOfficerEmail,
                              String supervisoryAuthority, Period recordRetention, Period unsubmittedDraftRetention) {

    public PrivacySettings(@Nullable String controllerName, @Nullable String controllerAddress,
                           @Nullable String controllerEmail, @Nullable String controllerPhone,
                           @Nullable String protectionOfficerEmail, @Nullable String supervisoryAuthority,
                           @Nullable Period recordRetention, @Nullable Period unsubmittedDraftRetention) {
        this.controllerName = blank(controllerName) ? "The National Agency running this Sadarbe" : controllerName;
        this.controllerAddress = blank(controllerAddress) ? "—" : controllerAddress;
        this.controllerEmail = blank(controllerEmail) ? "privacy@sadarbe.invalid" : controllerEmail;
        this.controllerPhone = blank(controllerPhone) ? null : controllerPhone;
        this.protectionOfficerEmail = blank(protectionOfficerEmail) ? null : protectionOfficerEmail;
        this.supervisoryAuthority = blank(supervisoryAuthority)
                ? "Datu valsts inspekcija (Data State Inspectorate), www.dvi.gov.lv" : supervisoryAuthority;
        this.recordRetention = recordRetention == null ? Period.ofYears(10) : recordRetention;
        this.unsubmittedDraftRetention = unsubmittedDraftRetention == null ? Period.ofYears(2)
                : unsubmittedDraftRetention;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
