package eu.sadarbe.grants.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.web.DocumentPdf;

/**
 * The agreement (special conditions; annexes: description, budget, mandates) and each amendment as PDF/A, from the
 * templates {@code grants/agreement-pdf} and {@code grants/amendment-pdf}, in the agreement's language. The
 * payment shares shown are R-PAY-01's rule figures of the call year.
 */
@Component
class AgreementPdf {

    private final DocumentPdf documents;
    private final ReferenceData reference;
    private final RuleBook rules;

    AgreementPdf(DocumentPdf documents, ReferenceData reference, RuleBook rules) {
        this.documents = documents;
        this.reference = reference;
        this.rules = rules;
    }

    byte[] agreement(GrantAgreement agreement) {
        Locale locale = Locale.forLanguageTag(agreement.preparation().language());
        return agreement(documents, agreement, agencyName(agreement, locale),
                PaymentShares.of(agreement.preparation().scheme(), parameters(agreement)));
    }

    byte[] amendment(GrantAgreement agreement, Amendment amendment) {
        Locale locale = Locale.forLanguageTag(agreement.preparation().language());
        return amendment(documents, agreement, amendment, agencyName(agreement, locale));
    }

    /** The agreement's PDF with the agency's name and R-PAY-01's shares at hand: pure, for tests. */
    static byte[] agreement(DocumentPdf documents, GrantAgreement agreement, String agencyName, PaymentShares shares) {
        return documents.render("grants/agreement-pdf", Locale.forLanguageTag(agreement.preparation().language()),
                Map.of("agreement", agreement, "terms", agreement.current(), "agencyName", agencyName,
                        "shares", shares));
    }

    static byte[] amendment(DocumentPdf documents, GrantAgreement agreement, Amendment amendment, String agencyName) {
        return documents.render("grants/amendment-pdf", Locale.forLanguageTag(agreement.preparation().language()),
                Map.of("agreement", agreement, "amendment", amendment, "before", agreement.current(),
                        "after", amendment.proposed(), "agencyName", agencyName));
    }

    private RuleParameters parameters(GrantAgreement agreement) {
        return rules.parametersFor(agreement.preparation().callYear(), agreement.preparation().actionType());
    }

    private String agencyName(GrantAgreement agreement, Locale locale) {
        return reference.nationalAgencies(agreement.preparation().callYear(), null).stream()
                .filter(agency -> agency.code().equals(agreement.preparation().agencyCode())).findFirst()
                .map(agency -> "lv".equals(locale.getLanguage()) ? agency.name() : agency.nameEn())
                .orElse(agreement.preparation().agencyCode());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
