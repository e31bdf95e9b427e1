package eu.sadarbe.shared;

/** A country code that is not two letters. */
public class InvalidCountryCode extends IllegalArgumentException {

    public InvalidCountryCode(String value) {
        super("A country code is two capital letters: " + value);
    }
}
