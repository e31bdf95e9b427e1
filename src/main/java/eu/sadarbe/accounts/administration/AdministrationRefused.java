package eu.sadarbe.accounts.administration;

/**
 * A change to an account that administration does not allow, named by the message key that explains it: an
 * administrator's own last administrator role, the last active administrator, an account's last role, an officer
 * without an agency.
 */
public class AdministrationRefused extends RuntimeException {

    private final String messageKey;

    public AdministrationRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
