package eu.sadarbe.grants.domain;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.grants.PaymentScheme;
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
        return documents.render("grants/agreement-pdf", locale, Map.of("agreement", agreement,
                "terms", agreement.current(), "agencyName", agencyName(agreement, locale),
                "shares", PaymentShares.of(agreement.preparation().scheme(), parameters(agreement))));
    }

    byte[] amendment(GrantAgreement agreement, Amendment amendment) {
        Locale locale = Locale.forLanguageTag(agreement.preparation().language());
        return documents.render("grants/amendment-pdf", locale, Map.of("agreement", agreement,
                "amendment", amendment, "before", agreement.current(), "after", amendment.proposed(),
                "agencyName", agencyName(agreement, locale)));
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

    /**
     * The payments R-PAY-01 gives the scheme, as shares of the grant: the first pre-financing, the second (or the
     * second instalment) when there is one, the balance; with the days the first is due in and whether every
     * figure is confirmed.
     */
    record PaymentShares(BigDecimal first, @Nullable BigDecimal second, BigDecimal balance, int firstDueDays,
                         boolean confirmed) {

        static PaymentShares of(PaymentScheme scheme, RuleParameters parameters) {
            int days = parameters.whole(RuleFigure.PAYMENT_FIRST_DUE_DAYS);
            return switch (scheme) {
                case ONE_PREFINANCING -> {
                    var figure = parameters.figure(RuleFigure.PAYMENT_PREFINANCING_SHARE_ONE_PREFINANCING);
                    yield new PaymentShares(figure.amount(), null, BigDecimal.ONE.subtract(figure.amount()), days,
                            confirmed(figure));
                }
                case PREFINANCING_IN_TWO_INSTALMENTS -> {
                    var figure = parameters.figure(RuleFigure.PAYMENT_INSTALMENT_SHARE_PREFINANCING_IN_TWO_INSTALMENTS);
                    yield new PaymentShares(figure.amount(), figure.amount(),
                            BigDecimal.ONE.subtract(figure.amount().multiply(BigDecimal.valueOf(2))), days, confirmed(figure));
                }
                case TWO_PREFINANCINGS_WITH_INTERIM_REPORT -> {
                    var figure = parameters.figure(RuleFigure.PAYMENT_PREFINANCING_SHARE_TWO_PREFINANCINGS);
                    yield new PaymentShares(figure.amount(), figure.amount(),
                            BigDecimal.ONE.subtract(figure.amount().multiply(BigDecimal.valueOf(2))), days, confirmed(figure));
                }
            };
        }

        private static boolean confirmed(eu.sadarbe.calls.Figure figure) {
            return figure.status() == eu.sadarbe.calls.FigureStatus.CONFIRMED;
        }

        public String percent(@Nullable BigDecimal share) {
            return share == null ? "" : share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
        }
    }
}
