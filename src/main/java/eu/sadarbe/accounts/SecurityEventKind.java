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
    SUBMISSION_DOWNLOADED
}
