package eu.sadarbe.shared;

/** A country code that is not two letters. */
public class InvalidCountryCode extends IllegalArgumentException implements Refusal {

    public InvalidCountryCode(String value) {
        super("A country code is two capital letters: " + value);
    }

    @Override
    public Kind kind() {
        return Kind.MALFORMED;
    }

    @Override
    public String messageKey() {
        return "reference.badCountry";
    }
}
