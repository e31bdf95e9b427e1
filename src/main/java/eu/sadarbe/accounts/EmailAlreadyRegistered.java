package eu.sadarbe.accounts;

/** Every account has its own e-mail address. */
public class EmailAlreadyRegistered extends RuntimeException {

    public EmailAlreadyRegistered(String email) {
        super("An account with this e-mail address exists already: " + email);
    }
}
