package eu.sadarbe.accounts.domain;

/** What an e-mailed single-use link lets its holder do. */
public enum TokenPurpose {
    /** Open the account opened at sign-up: proves the person reads the address. */
    VERIFY_EMAIL,
    /** Choose a new password (and so also prove the address). */
    RESET_PASSWORD,
    /** The first administrator chooses a name and password. */
    SET_UP
}
