package eu.sadarbe.grants.domain;

import java.util.Locale;

import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * The beneficiary's bank account: an IBAN checked for its country's format and check digits and a BIC checked for
 * its form, both by iban4j; kept in their electronic form (upper case, no spaces).
 */
public record BankAccount(String iban, String bic) {

    public static BankAccount of(String iban, String bic) {
        String cleanIban = iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String cleanBic = bic.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(cleanIban);
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException invalid) {
            throw new GrantRefused("grants.refused.iban", null, iban);
        }
        try {
            BicUtil.validate(cleanBic);
        } catch (BicFormatException | UnsupportedCountryException invalid) {
            throw new GrantRefused("grants.refused.bic", null, bic);
        }
        return new BankAccount(cleanIban, cleanBic);
    }

    /** The IBAN in groups of four, as people read it. */
    public String ibanPrinted() {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
