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
    /** An account stopped acting for an organisation: it left, or another of the organisation's users removed it. */
    ORGANISATION_MEMBER_REMOVED,
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
    ADMINISTRATOR_SET_UP_SENT,
    /** An administrator gave an account a role. */
    ROLE_GRANTED,
    /** An administrator took a role from an account. */
    ROLE_REVOKED,
    /** An administrator deactivated an account: it cannot sign in, its sessions ended. */
    ACCOUNT_DEACTIVATED,
    /** An administrator reactivated an account. */
    ACCOUNT_REACTIVATED,
    /** An administrator required a new password at the account's next sign-in; its sessions ended. */
    PASSWORD_RESET_FORCED,
    /** A person chose a new password because their next sign-in required one. */
    REQUIRED_PASSWORD_SET,
    /** A person set up two-factor sign-in (and received new recovery codes). */
    TWO_FACTOR_ENROLLED,
    /** Two-factor sign-in was turned off, by the person or reset by an administrator. */
    TWO_FACTOR_REMOVED,
    /** A wrong code at the second step of a sign-in. */
    TWO_FACTOR_FAILED,
    /** A recovery code replaced the authenticator's code at sign-in. */
    RECOVERY_CODE_USED,
    /** A person downloaded the personal data Sadarbe holds about them. */
    PERSONAL_DATA_EXPORTED,
    /** A person asked for their personal data to be erased. */
    ERASURE_REQUESTED,
    /** An administrator carried out an erasure request: the account was anonymised. */
    ACCOUNT_ANONYMISED
}
