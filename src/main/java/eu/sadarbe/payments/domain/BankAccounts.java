package eu.sadarbe.payments.domain;

import java.util.Locale;
import java.util.Optional;

import org.iban4j.BicUtil;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/** IBAN and BIC checked with iban4j: the check digits, the country's length and format, the BIC's form. */
public final class BankAccounts {

    private BankAccounts() {
    }

    /** The IBAN in its electronic form (no spaces, capitals), or empty when it is not a valid IBAN. */
    public static Optional<String> iban(String text) {
        String compact = text.replace(" ", "").strip().toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(compact);
            return Optional.of(compact);
        } catch (Iban4jException invalid) {
            return Optional.empty();
        }
    }

    /** The BIC in capitals (8 or 11 characters), or empty when it is not a valid BIC. */
    public static Optional<String> bic(String text) {
        String compact = text.replace(" ", "").strip().toUpperCase(Locale.ROOT);
        try {
            BicUtil.validate(compact);
            return Optional.of(compact);
        } catch (Iban4jException invalid) {
            return Optional.empty();
        }
    }
}
