package eu.sadarbe.payments.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.LocalDate;
import java.util.UUID;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.calls.Figure;
import eu.sadarbe.calls.FigureStatus;
import eu.sadarbe.calls.MigrationRuleParameters;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;

/** Agreements for the plain tests, with the 2019 KA202 figures as the migrations record them. */
final class PaymentTestAgreements {

    static final LocalDate IN_FORCE = LocalDate.of(2019, 9, 2);

    private PaymentTestAgreements() {
    }

    /** The payment figures of the 2019 call as the calls migration V301 inserts them (read from the file). */
    static PaymentTerms terms(PaymentScheme scheme) {
        RuleParameters base = MigrationRuleParameters.forCall(2019, "KA202");
        Map<RuleFigure, Figure> figures = new EnumMap<>(RuleFigure.class);
        figures.putAll(base.figures());
        try (InputStream sql = PaymentTestAgreements.class.getResourceAsStream(
                "/db/migration/calls/V301__insert_payment_and_transfer_figures.sql")) {
            Matcher row = FIGURE.matcher(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
            while (row.find()) {
                if (row.group(1).equals("2019")) {
                    figures.put(RuleFigure.valueOf(row.group(2)),
                            new Figure(new BigDecimal(row.group(3)), FigureStatus.ofFlag(row.group(4))));
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return PaymentTerms.of(scheme, new RuleParameters(2019, "KA202", figures, base.distanceBands(),
                base.ioDayRates(), base.countries()));
    }

    private static final Pattern FIGURE = Pattern.compile("\\((\\d{4}), '\\*', '([A-Z0-9_]+)', ([0-9.]+), '([CPU])'\\)");

    static AgreementTerms agreement(PaymentScheme scheme, String awarded) {
        return new AgreementTerms(new GrantAgreementId(UUID.randomUUID()), "2019-1-LV01-KA202-000001",
                new ApplicationId(UUID.randomUUID()), "2019-1-LV01-KA202-000001", "LV01", "KA202", 2019, 1,
                new BigDecimal(awarded), null, IN_FORCE, LocalDate.of(2019, 9, 1), LocalDate.of(2021, 8, 31),
                "Rīgas Tehnikums", "LV87HABA0551012345678", "HABALV22", terms(scheme));
    }
}
