package eu.sadarbe.accounts;

/**
 * An account was anonymised on its owner's request (GDPR Art. 17). Modules that keep the person's e-mail address
 * or name outside records they must retain erase them on hearing of it.
 */
public record AccountErased(AccountId account, String formerEmail) {
}
