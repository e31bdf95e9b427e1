package eu.sadarbe.accounts;

/** What happened, in the security event log that administrators read. */
public enum SecurityEventKind {
    /** A person signed in on the sign-in page. */
    SIGN_IN,
    /** A wrong e-mail address or password, on the sign-in page or the API. */
    SIGN_IN_FAILED,
    /** Failures from one address (for one account, or for any) reached the limit: attempts must wait. */
    SIGN_IN_THROTTLED,
    /** A person signed out. */
    SIGN_OUT,
    /** An account was opened, with its roles. */
    ACCOUNT_OPENED,
    /** An account was given the right to act for an organisation. */
    ORGANISATION_MEMBER_ADDED,
    /** An agency officer downloaded a submitted application (its PDF or its submission record). */
    SUBMISSION_DOWNLOADED,
    /** An identity at the single sign-on provider was linked to an account (opened for it on a first sign-in). */
    SINGLE_SIGN_ON_LINKED,
    /** A sign-in through the single sign-on provider was refused (no verified e-mail, inactive account, …). */
    SINGLE_SIGN_ON_REFUSED,
    /** A person opened the verification link of their sign-up: the account may sign in. */
    EMAIL_VERIFIED,
    /** A password was chosen through an e-mailed reset or set-up link; the account's sessions ended. */
    PASSWORD_RESET,
    /** A signed-in person changed their password; their other sessions ended. */
    PASSWORD_CHANGED,
    /** The first administrator's set-up link was e-mailed ({@code sadarbe.accounts.admin-email}). */
    ADMINISTRATOR_SET_UP_SENT
}
